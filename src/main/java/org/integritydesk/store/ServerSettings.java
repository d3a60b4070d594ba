package org.integritydesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the shared PostgreSQL database is and how to log in to it (系统管理 → 数据库). The password is
 * never printed: {@link #toString()} leaves it out.
 *
 * @param host the server's name or address
 * @param port its port, 5432 by default
 * @param database the database on it (made empty by the server's administrator)
 * @param user the login the program uses
 * @param password that login's password
 * @param tls whether the connection is encrypted ({@code sslmode=require}; without it, plain)
 */
public record ServerSettings(String host, int port, String database, String user, String password, boolean tls) {
    public static final int DEFAULT_PORT = 5432;
    /** The name the server's administrator sees in {@code pg_stat_activity}. */
    static final String APPLICATION = "integrity-desk";

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database is required");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is required");
        }
        host = host.strip();
        database = database.strip();
        user = user.strip();
        password = password == null ? "" : password;
    }

    /** The JDBC URL, without the credentials. */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /**
     * The connection properties: credentials, TLS, an application name the server's administrator
     * sees in {@code pg_stat_activity}, and timeouts so an unreachable host is reported in seconds.
     */
    Properties connectionProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("sslmode", tls ? "require" : "disable");
        p.setProperty("ApplicationName", APPLICATION);
        p.setProperty("connectTimeout", "10");
        p.setProperty("loginTimeout", "15");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** A new connection of its own (not from a pool), for checking a server or moving data to it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), connectionProperties());
    }

    /** A connection whose tables are looked up in {@code schema} first (tests: one schema each). */
    Connection connect(String schema) throws SQLException {
        return connect(schema, APPLICATION);
    }

    /**
     * As {@link #connect(String)}, named {@code application} on the server: one app's connections share
     * a name of their own, by which it knows its own change notifications (migration V18).
     */
    Connection connect(String schema, String application) throws SQLException {
        Properties p = connectionProperties();
        p.setProperty("ApplicationName", application);
        if (schema != null) {
            p.setProperty("currentSchema", schema);
        }
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + user + "@" + host + ":" + port + "/" + database + (tls ? ", tls" : "") + "]";
    }
}
