package org.integritydesk.service;

import org.integritydesk.model.DatabaseMode;
import org.integritydesk.store.ServerSettings;

/**
 * Which database the app opens at start: the embedded file (the default) or a PostgreSQL server at
 * this address. The password is kept in memory only as long as needed; {@link #toString} hides it.
 */
public record DatabaseChoice(DatabaseMode mode, String host, int port, String database, String user, String password,
        boolean tls) {
    public static final int DEFAULT_PORT = 5432;

    public DatabaseChoice {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    public static DatabaseChoice embedded() {
        return new DatabaseChoice(DatabaseMode.EMBEDDED, "", DEFAULT_PORT, "", "", "", false);
    }

    public static DatabaseChoice server(String host, int port, String database, String user, String password,
            boolean tls) {
        return new DatabaseChoice(DatabaseMode.SERVER, host, port, database, user, password, tls);
    }

    public boolean onServer() {
        return mode == DatabaseMode.SERVER;
    }

    public DatabaseChoice withPassword(String newPassword) {
        return new DatabaseChoice(mode, host, port, database, user, newPassword, tls);
    }

    /** The server's address and login as the store opens it; only for a complete server address. */
    public ServerSettings toServerSettings() {
        return new ServerSettings(host, port, database, user, password, tls);
    }

    /** "host:port/database" as the command line and the screens show it. */
    public String address() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "DatabaseChoice[" + mode + (onServer() ? " " + user + "@" + address() + (tls ? " tls" : "") : "") + "]";
    }
}
