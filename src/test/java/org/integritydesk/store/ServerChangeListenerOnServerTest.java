package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Two apps on one server: each is told the other's committed changes, not its own (run by the postgresql profile). */
@EnabledIfSystemProperty(named = TestEngine.PROPERTY, matches = "postgresql")
class ServerChangeListenerOnServerTest {
    @TempDir
    Path dir;

    @Test
    void anotherAppsCommitIsToldWithItsTablesAndOwnOrRolledBackChangesAreNot() throws Exception {
        String schema = TestEngine.freshSchema();
        try (Database first = Database.openServer(TestEngine.server(), dir.resolve("a"), schema);
                Database second = Database.openServer(TestEngine.server(), dir.resolve("b"), schema)) {
            LinkedBlockingQueue<Set<String>> told = new LinkedBlockingQueue<>();
            try (AutoCloseable listening = first.listenForOthersChanges(told::add)) {
                Thread.sleep(500); // the listener's LISTEN is in place
                write(first, "INSERT INTO app_setting VALUES ('mine', 'x', CURRENT_TIMESTAMP, 'x')", true);
                write(second, "INSERT INTO app_setting VALUES ('rolled back', 'x', CURRENT_TIMESTAMP, 'x')", false);
                write(second, "INSERT INTO app_setting VALUES ('theirs', 'x', CURRENT_TIMESTAMP, 'x')", true);

                Set<String> tables = told.poll(20, TimeUnit.SECONDS);
                assertThat(tables).as("the other app's insert").containsExactly("app_setting");
                assertThat(told.poll(1500, TimeUnit.MILLISECONDS)).as("nothing for its own or a rolled-back change")
                        .isNull();
            }
        } finally {
            try (Database db = Database.openServer(TestEngine.server(), dir.resolve("c"), schema)) {
                TestEngine.close(db);
            }
        }
    }

    /** A table a later migration adds without the trigger would change unseen by the other PCs. */
    @Test
    void everyTableButTheAuditTrailAndTheJournalNotifies() throws SQLException {
        String schema = TestEngine.freshSchema();
        try (Database db = Database.openServer(TestEngine.server(), dir, schema)) {
            Set<String> tables = new TreeSet<>();
            Set<String> notifying = new TreeSet<>();
            try (Connection c = db.connection()) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT event_object_table "
                        + "FROM information_schema.triggers WHERE trigger_schema = '" + schema
                        + "' AND trigger_name = 'xd_notify_change'")) {
                    while (rs.next()) {
                        notifying.add(rs.getString(1));
                    }
                }
            }
            // the key vault changes with every login's failure count, no list shows it (V20); an attachment's
            // copy comes with its row, which notifies (V22)
            tables.removeAll(List.of("flyway_schema_history", "audit_event", "audit_head", "exchange_change",
                    "key_vault", "attachment_copy"));
            assertThat(tables).hasSizeGreaterThan(40);
            assertThat(notifying).isEqualTo(tables);
            TestEngine.close(db);
        }
    }

    private static void write(Database db, String sql, boolean commit) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            c.createStatement().execute(sql);
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
    }
}
