package org.integritydesk.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.ServiceException;

/**
 * Settings of this PC's user kept beside the database (settings.properties, UTF-8): the language.
 * Saved to a temporary file and renamed into place, so a crash never leaves half a file.
 */
final class LocalSettings {
    static final String FILE_NAME = "settings.properties";
    private static final String LANGUAGE = "language";
    private static final String LAST_USER = "lastUser";
    private static final String IDLE_LOCK_MINUTES = "idleLockMinutes";
    private final Path file;
    private final Properties values = new Properties();

    private LocalSettings(Path file) {
        this.file = file;
    }

    static LocalSettings load(Path dataDir) {
        LocalSettings settings = new LocalSettings(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable settings file falls back to the defaults; the next save replaces it
            }
        }
        return settings;
    }

    Locale locale() {
        return "en".equals(values.getProperty(LANGUAGE)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    void setLocale(Locale locale) {
        values.setProperty(LANGUAGE, locale.getLanguage());
    }

    /** Minutes without input before the screen locks; 10 unless the settings say otherwise, 0 = never. */
    java.time.Duration idleLockTime() {
        try {
            int minutes = Integer.parseInt(values.getProperty(IDLE_LOCK_MINUTES, "10").strip());
            return java.time.Duration.ofMinutes(Math.max(0, minutes));
        } catch (NumberFormatException e) {
            return java.time.Duration.ofMinutes(10);
        }
    }

    String lastUser() {
        return values.getProperty(LAST_USER, "");
    }

    void setLastUser(String username) {
        values.setProperty(LAST_USER, username);
    }

    /** Written through {@link AtomicFiles}: a full disk leaves the previous settings in place. */
    void save() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ServiceException(e, "error.file.noFolder", file.getParent());
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(writer, "Integrity Desk");
            writer.flush();
        });
    }
}
