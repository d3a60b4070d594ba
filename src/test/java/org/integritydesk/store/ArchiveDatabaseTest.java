package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year archives as files: an archive written by a database of an older schema opens with the
 * current migrations, what it opens into refuses every write, and large texts survive the SQL.
 */
// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class ArchiveDatabaseTest {
    private static final String CHENGGUAN = "11111111-1111-1111-1111-111111111111";
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");
    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
    @TempDir Path dir;
    private final ArchiveKeys keys = ArchiveKeys.of(FileKey.random(new SecureRandom()));

    /** A database as version 0.1 of the program left it: migrated up to V3 (users) only. */
    private Connection olderDatabase(String longNotes) throws SQLException {
        String url = "jdbc:h2:mem:v3-" + UUID.randomUUID();
        Connection c = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations(Dialect.H2.migrationLocations()).target("3").load().migrate();
        try (Statement s = c.createStatement()) {
            String stamp = "TIMESTAMP WITH TIME ZONE '2024-06-01 10:00:00+08', TIMESTAMP WITH TIME ZONE"
                    + " '2024-06-01 10:00:00+08', '纪检员王芳', '360821', 1";
            s.execute("INSERT INTO org_unit (id, parent_id, code, name, kind, sort_order, created_at, updated_at,"
                    + " updated_by, origin_unit, version) VALUES ('" + CHENGGUAN + "', NULL, '36082101', '城关分局',"
                    + " 'SUB_BUREAU', 1, " + stamp + ")");
            s.execute("INSERT INTO cadre (id, unit_id, name, name_initials, id_number, position, category,"
                    + " important_position, status, notes, created_at, updated_at, updated_by, origin_unit, version)"
                    + " VALUES (RANDOM_UUID(), '" + CHENGGUAN + "', '李四', 'ls', '" + LI_SI_ID + "', '执法队员',"
                    + " 'LAW_ENFORCEMENT', FALSE, 'ACTIVE', '" + longNotes + "', " + stamp + ")");
            if (!longNotes.isEmpty()) {
                // a CLOB far beyond H2's LOB block: SCRIPT would write it through its own helper functions
                s.execute("INSERT INTO audit_event (sequence, occurred_at, actor, kind, record_type, after_value,"
                        + " origin_unit, previous_hash, hash) VALUES (1, CURRENT_TIMESTAMP, 'x', 'UPDATE', 'cadre', '"
                        + longNotes.repeat(6) + "', '360821', REPEAT('0', 64), REPEAT('1', 64))");
            }
        }
        return c;
    }

    private Path archiveOf(Connection c) throws IOException {
        Path file = dir.resolve("2024.idarchive");
        try (OutputStream out = Files.newOutputStream(file)) {
            ArchiveFile.write(out, 2024, "0.1", AT, "inspector", keys, sql -> DatabaseScript.script(c, sql));
        }
        return file;
    }

    @Test
    void anArchiveOfAnOlderSchemaOpensWithTheCurrentMigrations() throws Exception {
        Path file;
        try (Connection older = olderDatabase("")) {
            file = archiveOf(older);
        }
        assertThat(ArchiveFile.verify(file, keys).schemaVersion()).isEqualTo("3");

        try (ArchiveDatabase archive = ArchiveDatabase.open(file, keys)) {
            assertThat(archive.manifest().year()).isEqualTo(2024);
            assertThat(archive.manifest().schemaVersion()).isEqualTo("3");
            assertThat(archive.schemaVersion()).isEqualTo(currentSchemaVersion());
            // the table of the newer migration is there, empty
            assertThat(archive.rowCounts()).containsEntry("CLOSED_YEAR", 0L).containsEntry("CADRE", 1L);
            assertThat(archive.transactions().read(new CadreRepository(archive.transactions())::listLive))
                    .extracting(CadreSummary::name, CadreSummary::unitName).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("李四", "城关分局"));
        }
    }

    @Test
    void theOpenedArchiveRefusesEveryWrite() throws Exception {
        Path file;
        try (Connection older = olderDatabase("")) {
            file = archiveOf(older);
        }
        try (ArchiveDatabase archive = ArchiveDatabase.open(file, keys)) {
            Transactions tx = archive.transactions();
            SettingsRepository settings = new SettingsRepository(tx);
            Stamping stamp = new Stamping(AT, "x", "360821");
            assertThatThrownBy(() -> tx.run(() -> settings.put("bureau.name", "改", stamp)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("90096");
            assertThatThrownBy(() -> tx.run(() -> new CadreRepository(tx).softDelete(
                    tx.read(new CadreRepository(tx)::listLive).get(0).id(), 1, stamp)))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> tx.run(() -> {
                try {
                    tx.current().createStatement().execute("DROP TABLE cadre");
                } catch (SQLException e) {
                    throw new StoreException(e.getMessage(), e);
                }
            })).isInstanceOf(StoreException.class);
            assertThat(archive.rowCounts()).containsEntry("CADRE", 1L).containsEntry("APP_SETTING", 0L);
        }
    }

    @Test
    void textsLongerThanALobBlockArePlainLiteralsAndComeBackWhole() throws Exception {
        String notes = "廉".repeat(3_900);
        Path file;
        try (Connection older = olderDatabase(notes)) {
            file = archiveOf(older);
            StringBuilder sql = new StringBuilder();
            DatabaseScript.script(older, new java.io.StringWriter() {
                @Override
                public void write(String str) {
                    sql.append(str);
                }

                @Override
                public void write(int c) {
                    sql.append((char) c);
                }
            });
            assertThat(sql.toString()).doesNotContain("SYSTEM_COMBINE").doesNotContain("SYSTEM_LOB_STREAM");
        }
        try (ArchiveDatabase archive = ArchiveDatabase.open(file, keys)) {
            String stored = archive.transactions().read(() -> new CadreRepository(archive.transactions())
                    .findByIdNumber(LI_SI_ID).orElseThrow().notes());
            assertThat(stored).isEqualTo(notes);
            String after = archive.transactions().read(() -> new AuditRepository(archive.transactions())
                    .page(0, 1, 1).get(0).after());
            assertThat(after).isEqualTo(notes.repeat(6));
        }
    }

    @Test
    void theArchiveFileHoldsNoPlainText() throws Exception {
        Path file;
        try (Connection older = olderDatabase("")) {
            file = archiveOf(older);
        }
        String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes).startsWith("INTEGRITY-DESK-ARCHIVE/1\n").contains("year=2024\n", "schema-version=3\n")
                .doesNotContain("李四", LI_SI_ID, "城关分局", "CREATE TABLE");
    }

    private static String currentSchemaVersion() {
        try (Database db = Database.open(Files.createTempDirectory("schema"))) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                return DatabaseScript.schemaVersion(s);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
