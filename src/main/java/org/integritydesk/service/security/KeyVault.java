package org.integritydesk.service.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.FileKey;

/**
 * Keeps the database file key, wrapped once per user with a key from that user's password and
 * once with the recovery code. Unlocking checks the password (AES-GCM fails on a wrong one), and
 * locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} failures in a row.
 * Changing one user's password rewraps one entry; the database is never rewritten.
 */
public final class KeyVault {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(10);

    private final Path file;
    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;

    /** {@code iterations} is {@link PasswordKeys#ITERATIONS} in the app; tests may pass a smaller count. */
    public KeyVault(Path dataDir, Clock clock, SecureRandom random, int iterations) {
        this.file = VaultFile.in(dataDir);
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
    }

    public static KeyVault forApp(Path dataDir, Clock clock) {
        return new KeyVault(dataDir, clock, new SecureRandom(), PasswordKeys.ITERATIONS);
    }

    /** What set-up hands back once: the new file key, and the recovery code to print and keep safe. */
    public record Created(FileKey fileKey, String recoveryCode) {
    }

    public boolean exists() {
        return VaultFile.exists(file);
    }

    /** Creates the vault with its first user (the administrator) and a recovery code. */
    public synchronized Created create(String adminUser, char[] password) {
        if (exists()) {
            throw new ServiceException("error.vault.exists");
        }
        try {
            java.nio.file.Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new ServiceException(e, "error.file.write", file.getParent(), e.getMessage());
        }
        FileKey key = FileKey.random(random);
        String recovery = RecoveryCode.generate(random);
        Map<String, VaultFile.Entry> entries = new TreeMap<>();
        entries.put(adminUser, entry(key, password));
        entries.put(VaultFile.RECOVERY, entry(key, RecoveryCode.normalise(recovery)));
        VaultFile.write(file, entries);
        return new Created(key, recovery);
    }

    /**
     * The file key for a correct password. A wrong one counts towards the lock-out; the message
     * never tells whether the user name or the password was wrong.
     */
    public synchronized FileKey unlock(String user, char[] password) {
        VaultFile.Contents contents = VaultFile.readAll(file);
        Map<String, VaultFile.Entry> entries = contents.entries();
        VaultFile.Entry entry = entries.get(user);
        if (entry == null || VaultFile.RECOVERY.equals(user)) {
            journalFailure(contents, user);
            throw new LoginException(LoginException.Reason.UNKNOWN_OR_WRONG, null, MAX_FAILURES);
        }
        Instant now = clock.instant();
        if (entry.lockedUntil() != null && now.isBefore(entry.lockedUntil())) {
            throw new LoginException(LoginException.Reason.LOCKED, entry.lockedUntil(), 0);
        }
        Optional<FileKey> key = KeyWrapping.unwrap(entry.wrapped(),
                PasswordKeys.derive(password, entry.salt(), entry.iterations()));
        if (key.isPresent()) {
            if (entry.failures() > 0 || entry.lockedUntil() != null) {
                entries.put(user, entry.withFailures(0, null));
                VaultFile.write(file, entries);
            }
            return key.get();
        }
        int failures = entry.lockedUntil() != null ? 1 : entry.failures() + 1;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_TIME) : null;
        entries.put(user, entry.withFailures(failures, lockedUntil));
        journalFailure(contents, user);
        if (lockedUntil != null) {
            throw new LoginException(LoginException.Reason.LOCKED, lockedUntil, 0);
        }
        throw new LoginException(LoginException.Reason.UNKNOWN_OR_WRONG, null, MAX_FAILURES - failures);
    }

    /** Notes a failed login to be written to the audit trail by the next session that opens the database. */
    private void journalFailure(VaultFile.Contents contents, String user) {
        List<VaultFile.FailedLogin> failed = new ArrayList<>(contents.failedLogins());
        failed.add(new VaultFile.FailedLogin(user, clock.instant()));
        VaultFile.write(file, new VaultFile.Contents(contents.entries(), failed));
    }

    /** A failed login waiting for the audit trail. */
    public record FailedLogin(String username, Instant at) {
    }

    /** Hands over the failed logins noted since the last call, and forgets them. */
    public synchronized List<FailedLogin> takeFailedLogins() {
        VaultFile.Contents contents = VaultFile.readAll(file);
        if (contents.failedLogins().isEmpty()) {
            return List.of();
        }
        VaultFile.write(file, new VaultFile.Contents(contents.entries(), List.of()));
        return contents.failedLogins().stream().map(f -> new FailedLogin(f.username(), f.at())).toList();
    }

    /** The file key from the recovery code, for when every administrator password is forgotten. */
    public synchronized FileKey unlockWithRecoveryCode(String code) {
        VaultFile.Entry entry = VaultFile.read(file).get(VaultFile.RECOVERY);
        if (entry == null) {
            throw new ServiceException("error.vault.noRecovery");
        }
        return KeyWrapping.unwrap(entry.wrapped(),
                        PasswordKeys.derive(RecoveryCode.normalise(code), entry.salt(), entry.iterations()))
                .orElseThrow(() -> new ServiceException("error.vault.wrongRecovery"));
    }

    /** Adds a user, or replaces their password (an administrator's reset): needs the open file key. */
    public synchronized void setPassword(String user, char[] password, FileKey key) {
        Map<String, VaultFile.Entry> entries = VaultFile.read(file);
        entries.put(user, entry(key, password));
        VaultFile.write(file, entries);
    }

    /** Changes a user's own password after checking the old one. */
    public synchronized void changePassword(String user, char[] oldPassword, char[] newPassword) {
        FileKey key = unlock(user, oldPassword);
        setPassword(user, newPassword, key);
    }

    public synchronized void removeUser(String user) {
        Map<String, VaultFile.Entry> entries = VaultFile.read(file);
        if (entries.remove(user) != null) {
            VaultFile.write(file, entries);
        }
    }

    public Set<String> users() {
        Set<String> names = new TreeSet<>(VaultFile.read(file).keySet());
        names.remove(VaultFile.RECOVERY);
        return names;
    }

    /** How many failed logins in a row the user has now (0 after a success). */
    public int failures(String user) {
        VaultFile.Entry entry = VaultFile.read(file).get(user);
        return entry == null ? 0 : entry.failures();
    }

    private VaultFile.Entry entry(FileKey key, char[] secret) {
        byte[] salt = PasswordKeys.newSalt(random);
        return new VaultFile.Entry(salt, iterations, KeyWrapping.wrap(key, PasswordKeys.derive(secret, salt, iterations),
                random), 0, null);
    }
}
