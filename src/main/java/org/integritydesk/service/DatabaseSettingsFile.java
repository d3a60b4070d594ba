package org.integritydesk.service;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.model.ServerConnectionRules;
import org.integritydesk.service.security.MachineSecret;

/**
 * The choice of database, kept in {@code database.properties} in the data folder: it is needed
 * before any database opens, so it cannot live in one. No file means the embedded database. The
 * server's password is sealed with {@link MachineSecret}, never written in clear. Written through
 * {@link AtomicFiles}, so a crash leaves the previous choice.
 */
public final class DatabaseSettingsFile {
    public static final String FILE_NAME = "database.properties";
    private static final String MODE = "mode";
    private static final String HOST = "server.host";
    private static final String PORT = "server.port";
    private static final String DATABASE = "server.database";
    private static final String USER = "server.user";
    private static final String PASSWORD = "server.password.sealed";
    private static final String TLS = "server.tls";

    private final Path file;
    private final MachineSecret secret;

    public DatabaseSettingsFile(Path dataDir, MachineSecret secret) {
        this.file = dataDir.resolve(FILE_NAME);
        this.secret = secret;
    }

    /**
     * The saved choice and whether its password could be read. A password sealed on another PC or
     * account reads as blank with {@code passwordUnreadable}: it has to be typed again there.
     */
    public record Loaded(DatabaseChoice choice, boolean passwordUnreadable) {
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(DatabaseChoice.embedded(), false);
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ServiceException(e, "error.database.settingsUnreadable", file);
        }
        DatabaseMode mode = "server".equalsIgnoreCase(values.getProperty(MODE, "").strip()) ? DatabaseMode.SERVER
                : DatabaseMode.EMBEDDED;
        int port = ServerConnectionRules.parsePort(values.getProperty(PORT, ""));
        String sealed = values.getProperty(PASSWORD, "");
        String password = sealed.isBlank() ? "" : secret.open(sealed).orElse(null);
        DatabaseChoice choice = new DatabaseChoice(mode, values.getProperty(HOST, ""),
                port < 0 ? DatabaseChoice.DEFAULT_PORT : port, values.getProperty(DATABASE, ""),
                values.getProperty(USER, ""), password == null ? "" : password,
                Boolean.parseBoolean(values.getProperty(TLS, "false").strip()));
        return new Loaded(choice, password == null);
    }

    public void save(DatabaseChoice choice) {
        Properties values = new Properties();
        values.setProperty(MODE, choice.onServer() ? "server" : "embedded");
        if (!choice.host().isEmpty() || choice.onServer()) {
            values.setProperty(HOST, choice.host());
            values.setProperty(PORT, String.valueOf(choice.port()));
            values.setProperty(DATABASE, choice.database());
            values.setProperty(USER, choice.user());
            values.setProperty(TLS, String.valueOf(choice.tls()));
            if (!choice.password().isEmpty()) {
                values.setProperty(PASSWORD, secret.seal(choice.password()));
            }
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ServiceException(e, "error.file.noFolder", file.getParent());
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(writer, "Integrity Desk: which database to open (the password is sealed to this PC)");
            writer.flush();
        });
    }
}
