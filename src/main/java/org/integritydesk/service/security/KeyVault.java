package org.integritydesk.service.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.Database;
import org.integritydesk.store.FileKey;

/**
 * Keeps the database file key, wrapped once per user with a key from that user's password and
 * once with the recovery code. Unlocking checks the password (AES-GCM fails on a wrong one), and
 * locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} failures in a row.
 * Changing one user's password rewraps one entry; the database is never rewritten. The vault is
 * the key file beside an embedded database, or a row of a shared server's database, which every PC
 * using the server logs in against.
 */
public final class KeyVault {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(10);

    private final VaultStorage storage;
    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;

    /** {@code iterations} is {@link PasswordKeys#ITERATIONS} in the app; tests may pass a smaller count. */
    public KeyVault(Path dataDir, Clock clock, SecureRandom random, int iterations) {
        this(VaultStorage.file(dataDir), clock, random, iterations);
    }

    private KeyVault(VaultStorage storage, Clock clock, SecureRandom random, int iterations) {
        this.storage = storage;
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
    }

    /** The key file of the embedded database in {@code dataDir}. */
    public static KeyVault forApp(Path dataDir, Clock clock) {
        return new KeyVault(dataDir, clock, new SecureRandom(), PasswordKeys.ITERATIONS);
    }

    /** The vault kept on a shared server, which every PC that uses it logs in against. */
    public static KeyVault onServer(Database server, Clock clock) {
        return onServer(server, clock, new SecureRandom(), PasswordKeys.ITERATIONS);
    }

    /** As {@link #onServer(Database, Clock)}; tests may pass a smaller count of iterations. */
    public static KeyVault onServer(Database server, Clock clock, SecureRandom random, int iterations) {
        if (server.server().isEmpty()) {
            throw new IllegalArgumentException("an embedded database keeps its vault in the key file");
        }
        return inTable(server, clock, random, iterations);
    }

    /** The vault in {@code database}'s {@code key_vault} table, whichever engine (the tests run it on both). */
    static KeyVault inTable(Database database, Clock clock, SecureRandom random, int iterations) {
        return new KeyVault(VaultStorage.server(database), clock, random, iterations);
    }

    /** What set-up hands back once: the new file key, and the recovery code to print and keep safe. */
    public record Created(FileKey fileKey, String recoveryCode) {
    }

    public boolean exists() {
        return storage.exists();
    }

    /** Creates the vault with its first user (the administrator) and a recovery code. */
    public synchronized Created create(String adminUser, char[] password) {
        if (exists()) {
            throw new ServiceException("error.vault.exists");
        }
        FileKey key = FileKey.random(random);
        String recovery = RecoveryCode.generate(random);
        VaultFile.Entry admin = entry(key, password);
        VaultFile.Entry recoveryEntry = entry(key, RecoveryCode.normalise(recovery));
        storage.change(current -> {
            if (!current.entries().isEmpty()) {
                throw new ServiceException("error.vault.exists");
            }
            return current.with(adminUser, admin).with(VaultFile.RECOVERY, recoveryEntry);
        });
        return new Created(key, recovery);
    }

    /**
     * Puts a copy of {@code other}'s vault here, for a database whose data were just moved to a server:
     * the same users with the same passwords, the same recovery code.
     *
     * @throws ServiceException {@code error.vault.exists} when this vault already holds entries
     */
    public synchronized void copyFrom(KeyVault other) {
        VaultFile.Contents copied = other.storage.read();
        storage.change(current -> {
            if (!current.entries().isEmpty()) {
                throw new ServiceException("error.vault.exists");
            }
            return copied;
        });
    }

    /**
     * The file key for a correct password. A wrong one counts towards the lock-out; the message
     * never tells whether the user name or the password was wrong. The password is checked without
     * holding the vault: only the count is written under its lock, from the count stored then, so
     * failures on two PCs at once both count.
     */
    public synchronized FileKey unlock(String user, char[] password) {
        VaultFile.Entry entry = storage.read().entries().get(user);
        if (entry == null || VaultFile.RECOVERY.equals(user)) {
            storage.change(current -> current.withFailedLogin(new VaultFile.FailedLogin(user, clock.instant())));
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
                storage.change(current -> current.entries().containsKey(user)
                        ? current.with(user, current.entries().get(user).withFailures(0, null)) : current);
            }
            return key.get();
        }
        VaultFile.Entry counted = storage.change(current -> {
            VaultFile.Entry stored = current.entries().getOrDefault(user, entry);
            boolean lockOver = stored.lockedUntil() != null && !now.isBefore(stored.lockedUntil());
            int failures = lockOver ? 1 : stored.failures() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_TIME) : stored.lockedUntil();
            return current.with(user, stored.withFailures(failures, lockOver ? null : lockedUntil))
                    .withFailedLogin(new VaultFile.FailedLogin(user, now));
        }).entries().get(user);
        if (counted.lockedUntil() != null) {
            throw new LoginException(LoginException.Reason.LOCKED, counted.lockedUntil(), 0);
        }
        throw new LoginException(LoginException.Reason.UNKNOWN_OR_WRONG, null, MAX_FAILURES - counted.failures());
    }

    /** A failed login waiting for the audit trail. */
    public record FailedLogin(String username, Instant at) {
    }

    /** Hands over the failed logins noted since the last call, and forgets them. */
    public synchronized List<FailedLogin> takeFailedLogins() {
        if (storage.read().failedLogins().isEmpty()) {
            return List.of();
        }
        List<VaultFile.FailedLogin> taken = new ArrayList<>();
        storage.change(current -> {
            taken.clear();
            taken.addAll(current.failedLogins());
            return current.withoutFailedLogins();
        });
        return taken.stream().map(f -> new FailedLogin(f.username(), f.at())).toList();
    }

    /** The file key from the recovery code, for when every administrator password is forgotten. */
    public synchronized FileKey unlockWithRecoveryCode(String code) {
        VaultFile.Entry entry = storage.read().entries().get(VaultFile.RECOVERY);
        if (entry == null) {
            throw new ServiceException("error.vault.noRecovery");
        }
        return KeyWrapping.unwrap(entry.wrapped(),
                        PasswordKeys.derive(RecoveryCode.normalise(code), entry.salt(), entry.iterations()))
                .orElseThrow(() -> new ServiceException("error.vault.wrongRecovery"));
    }

    /** Adds a user, or replaces their password (an administrator's reset): needs the open file key. */
    public synchronized void setPassword(String user, char[] password, FileKey key) {
        VaultFile.Entry entry = entry(key, password);
        storage.change(current -> current.with(user, entry));
    }

    /** Changes a user's own password after checking the old one. */
    public synchronized void changePassword(String user, char[] oldPassword, char[] newPassword) {
        FileKey key = unlock(user, oldPassword);
        setPassword(user, newPassword, key);
    }

    public synchronized void removeUser(String user) {
        if (storage.read().entries().containsKey(user)) {
            storage.change(current -> current.without(user));
        }
    }

    public Set<String> users() {
        Set<String> names = new TreeSet<>(storage.read().entries().keySet());
        names.remove(VaultFile.RECOVERY);
        return names;
    }

    /** How many failed logins in a row the user has now (0 after a success). */
    public int failures(String user) {
        VaultFile.Entry entry = storage.read().entries().get(user);
        return entry == null ? 0 : entry.failures();
    }

    private VaultFile.Entry entry(FileKey key, char[] secret) {
        byte[] salt = PasswordKeys.newSalt(random);
        return new VaultFile.Entry(salt, iterations, KeyWrapping.wrap(key, PasswordKeys.derive(secret, salt, iterations),
                random), 0, null);
    }
}
