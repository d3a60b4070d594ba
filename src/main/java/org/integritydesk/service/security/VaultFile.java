package org.integritydesk.service.security;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.ServiceException;

/**
 * The key vault's contents and their text: the key file beside an embedded database
 * ({@value #FILE_NAME}), or the {@code key_vault} row of a shared server. For each user, the file key wrapped
 * with a key from their password, plus their failed-login count; and one entry for the recovery
 * key. It holds no key in the clear, so copying it (or the database) gives nothing without a password.
 */
final class VaultFile {
    static final String FILE_NAME = "integrity-desk.keys";
    static final String RECOVERY = "\u0000recovery";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** One wrapped copy of the file key. */
    record Entry(byte[] salt, int iterations, byte[] wrapped, int failures, Instant lockedUntil) {
        Entry withFailures(int count, Instant until) {
            return new Entry(salt, iterations, wrapped, count, until);
        }
    }

    private VaultFile() {
    }

    /** A failed login, kept in the key file until it can be written to the audit trail. */
    record FailedLogin(String username, Instant at) {
    }

    /** How many failed logins the key file keeps at most before the oldest are dropped. */
    static final int MAX_FAILED_LOGINS = 1_000;

    static Path in(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** What the file holds: the entries by user name (the recovery entry under {@link #RECOVERY}) and failed logins. */
    record Contents(Map<String, Entry> entries, List<FailedLogin> failedLogins) {
        static final Contents EMPTY = new Contents(Map.of(), List.of());

        Contents {
            entries = new TreeMap<>(entries);
            failedLogins = List.copyOf(failedLogins);
        }

        /** A copy with {@code user}'s entry set to {@code entry}. */
        Contents with(String user, Entry entry) {
            Map<String, Entry> changed = new TreeMap<>(entries);
            changed.put(user, entry);
            return new Contents(changed, failedLogins);
        }

        Contents without(String user) {
            Map<String, Entry> changed = new TreeMap<>(entries);
            changed.remove(user);
            return new Contents(changed, failedLogins);
        }

        Contents withFailedLogin(FailedLogin failed) {
            List<FailedLogin> more = new ArrayList<>(failedLogins);
            more.add(failed);
            return new Contents(entries, more);
        }

        Contents withoutFailedLogins() {
            return new Contents(entries, List.of());
        }
    }

    static Contents readAll(Path file) {
        if (!Files.exists(file)) {
            return Contents.EMPTY;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new ServiceException(e, "error.vault.unreadable", file);
        }
    }

    /** The contents of the key file's text; {@code where} names it in the error when it is damaged. */
    static Contents parse(String text, Object where) {
        Map<String, Entry> entries = new TreeMap<>();
        List<FailedLogin> failed = new ArrayList<>();
        Properties p = new Properties();
        try (Reader reader = new StringReader(text)) {
            p.load(reader);
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".wrapped")) {
                    String name = key.substring(0, key.length() - ".wrapped".length());
                    String lock = p.getProperty(name + ".lockedUntil", "");
                    entries.put(decodeName(name), new Entry(B64D.decode(p.getProperty(name + ".salt")),
                            Integer.parseInt(p.getProperty(name + ".iterations")), B64D.decode(p.getProperty(key)),
                            Integer.parseInt(p.getProperty(name + ".failures", "0")),
                            lock.isEmpty() ? null : Instant.parse(lock)));
                }
            }
            for (int i = 0; p.containsKey("failed." + i); i++) {
                String[] parts = p.getProperty("failed." + i).split("\\|", 2);
                failed.add(new FailedLogin(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8), Instant.parse(parts[1])));
            }
        } catch (IOException | RuntimeException e) {
            throw new ServiceException(e, "error.vault.unreadable", where);
        }
        return new Contents(entries, failed);
    }

    static void write(Path file, Contents contents) {
        byte[] bytes = format(contents).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The key file's text for {@code contents}: the newest {@link #MAX_FAILED_LOGINS} failed logins kept. */
    static String format(Contents contents) {
        Map<String, Entry> entries = contents.entries();
        Properties p = new Properties();
        List<FailedLogin> failed = contents.failedLogins();
        int from = Math.max(0, failed.size() - MAX_FAILED_LOGINS);
        for (int i = from; i < failed.size(); i++) {
            FailedLogin f = failed.get(i);
            p.setProperty("failed." + (i - from),
                    B64.encodeToString(f.username().getBytes(StandardCharsets.UTF_8)) + "|" + f.at());
        }
        entries.forEach((user, e) -> {
            String name = encodeName(user);
            p.setProperty(name + ".salt", B64.encodeToString(e.salt()));
            p.setProperty(name + ".iterations", Integer.toString(e.iterations()));
            p.setProperty(name + ".wrapped", B64.encodeToString(e.wrapped()));
            p.setProperty(name + ".failures", Integer.toString(e.failures()));
            p.setProperty(name + ".lockedUntil", e.lockedUntil() == null ? "" : e.lockedUntil().toString());
        });
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Integrity Desk key file: wrapped copies of the database key. Do not edit.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** User names may hold any letter; keys of the properties file hold only this encoding of them. */
    private static String encodeName(String user) {
        return "u." + B64.encodeToString(user.getBytes(StandardCharsets.UTF_8)).replace('=', '_');
    }

    private static String decodeName(String name) {
        return new String(B64D.decode(name.substring(2).replace('_', '=')), StandardCharsets.UTF_8);
    }

}
