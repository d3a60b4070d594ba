package org.integritydesk.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.integritydesk.store.Database;
import org.integritydesk.store.Dialect;
import org.integritydesk.store.ServerSettings;

/**
 * Which engine the store and service tests run on. By default the embedded H2 in the test's folder;
 * with {@code -Did.test.engine=postgresql} a PostgreSQL server, each test in a fresh schema of its
 * own that is dropped when the test's database closes. The server is named by
 * {@code -Did.test.pg.host} (localhost), {@code .port} (5432), {@code .database}
 * (integrity_desk_test), {@code .user} (this OS user) and {@code .password} (empty); {@code .ci/run}
 * and the Maven profile {@code postgresql} set them.
 */
public final class TestEngine {
    public static final String PROPERTY = "id.test.engine";

    private TestEngine() {
    }

    public static Dialect dialect() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2")) ? Dialect.POSTGRESQL : Dialect.H2;
    }

    public static boolean postgresql() {
        return dialect() == Dialect.POSTGRESQL;
    }

    /** The test server's settings (only meaningful when {@link #postgresql()}). */
    public static ServerSettings server() {
        return new ServerSettings(System.getProperty("id.test.pg.host", "localhost"),
                Integer.getInteger("id.test.pg.port", ServerSettings.DEFAULT_PORT),
                System.getProperty("id.test.pg.database", "integrity_desk_test"),
                System.getProperty("id.test.pg.user", System.getProperty("user.name")),
                System.getProperty("id.test.pg.password", ""), Boolean.getBoolean("id.test.pg.tls"));
    }

    /**
     * A new, empty, migrated database for one test: H2 in {@code dir}, or a new schema on the test
     * server (with {@code dir} as the folder of its files).
     */
    public static Database open(Path dir) {
        if (!postgresql()) {
            return Database.open(dir);
        }
        String schema = freshSchema();
        return Database.openServer(server(), dir, schema);
    }

    /** Creates an empty schema of a random name on the test server. */
    public static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** Closes a test's database; on the server its schema is dropped too. */
    public static void close(Database database) {
        database.close();
        database.schema().ifPresent(schema -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static void execute(String sql) {
        try (Connection c = server().connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test server " + server() + ": " + e.getMessage(), e);
        }
    }
}
