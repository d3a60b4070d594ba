package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The shared database on a PostgreSQL server: opened, migrated, reopened (run by the postgresql profile). */
@EnabledIfSystemProperty(named = TestEngine.PROPERTY, matches = "postgresql")
class ServerDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyServerSchemaGetsEveryTableOfTheEmbeddedDatabaseAndReopens() throws SQLException {
        String schema = TestEngine.freshSchema();
        try (Database db = Database.openServer(TestEngine.server(), dir, schema)) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.dataDir()).isEqualTo(dir);
            assertThat(db.fileSize()).isEqualTo(-1);
            try (Connection c = db.connection()) {
                assertThat(tables(c, schema)).containsAll(SchemaShape.latestTables().stream()
                        .map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList());
            }
        }
        try (Database again = Database.openServer(TestEngine.server(), dir, schema)) {
            Transactions tx = new Transactions(again);
            long head = tx.read(() -> new Jdbc(tx).count("SELECT last_sequence FROM audit_head"));
            assertThat(head).isZero();
        } finally {
            try (Database db = Database.openServer(TestEngine.server(), dir, schema)) {
                TestEngine.close(db);
            }
        }
    }

    @Test
    void aConnectionGivenBackIsReusedRolledBackAndAtReadCommittedAgain() throws SQLException {
        String schema = TestEngine.freshSchema();
        try (Database db = Database.openServer(TestEngine.server(), dir, schema)) {
            int backend;
            try (Connection c = db.connection()) {
                backend = backendOf(c);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                c.setAutoCommit(false);
                c.createStatement().execute("INSERT INTO app_setting VALUES ('left', 'open', CURRENT_TIMESTAMP, 'x')");
            }
            try (Connection again = db.connection()) {
                assertThat(backendOf(again)).as("the same server connection").isEqualTo(backend);
                assertThat(again.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
                assertThat(again.getAutoCommit()).isTrue();
                try (ResultSet rs = again.createStatement().executeQuery("SELECT COUNT(*) FROM app_setting")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the unfinished transaction was rolled back").isZero();
                }
            }
            TestEngine.close(db);
        }
    }

    private static int backendOf(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
