package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.model.TableComparison;
import org.integritydesk.service.DataMoveService;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.Database;
import org.integritydesk.store.ServerSettings;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo data set moved from the embedded database to a PostgreSQL server: every table copied,
 * counted and hashed on both sides, the audit chain still whole on the server, and a server that
 * already holds data refused. Runs when the tests are pointed at a server (see {@link TestEngine}).
 */
class DataMoveOnServerTest {
    @TempDir Path dataDir;
    private AppServices services;
    private String schema;

    @BeforeEach
    void demoFolder() {
        assumeTrue(TestEngine.postgresql(), "needs a PostgreSQL server: run with -D" + TestEngine.PROPERTY
                + "=postgresql and -Did.test.pg.host/port/database/user/password (see TestEngine; .ci/run does)");
        services = Folders.setUp(dataDir);
        services.demo().generate(DemoOptions.defaultsFor(2025), (done, total) -> { });
        schema = TestEngine.freshSchema();
    }

    @AfterEach
    void close() throws SQLException {
        if (services != null) {
            services.close();
        }
        if (schema != null) {
            try (Connection c = TestEngine.server().connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static DatabaseChoice choice(ServerSettings server) {
        return DatabaseChoice.server(server.host(), server.port(), server.database(), server.user(), server.password(),
                server.tls());
    }

    @Test
    void theDemoDataMovesAndEveryTableMatchesOnBothSides() throws Exception {
        List<long[]> progress = new ArrayList<>();
        long before = Files.size(dataDir.resolve(Database.DATA_FILE));

        DataMoveService.MoveReport report = services.dataMove().moveTo(choice(TestEngine.server()), schema,
                (done, total) -> progress.add(new long[] {done, total}), () -> false);

        assertThat(report.verified()).isTrue();
        assertThat(report.tables()).extracting(TableComparison::table)
                .contains("org_unit", "cadre", "audit_event", "audit_head", "integrity_talk", "education_activity");
        assertThat(report.tables()).allSatisfy(t -> {
            assertThat(t.targetRows()).as(t.table()).isEqualTo(t.sourceRows());
            assertThat(t.targetHash()).as(t.table()).isEqualTo(t.sourceHash()).hasSize(64);
        });
        TableComparison cadres = report.tables().stream().filter(t -> t.table().equals("cadre")).findFirst().orElseThrow();
        assertThat(cadres.sourceRows()).isEqualTo(150);
        assertThat(report.tables().stream().filter(t -> t.table().equals("org_unit")).findFirst().orElseThrow()
                .sourceRows()).as("units refer to their parent unit: copied parents first").isGreaterThan(5);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(report.rows(), report.rows());
        assertThat(dataDir.resolve(Database.DATA_FILE)).as("the embedded file is kept as the backup").exists();
        assertThat(Files.size(dataDir.resolve(Database.DATA_FILE))).isGreaterThanOrEqualTo(before / 2);
        assertThat(services.databaseSettings().load().choice().mode())
                .as("a move into a test schema leaves the settings alone").isEqualTo(DatabaseMode.EMBEDDED);

        // the server's copy is a working database: the services open on it and the audit chain verifies
        var key = services.fileKey();
        try (AppServices onServer = new AppServices(Database.openServer(TestEngine.server(), dataDir.resolve("pc2"),
                schema), key, new Sessions(Clock.systemDefaultZone()).vault(dataDir), Clock.systemDefaultZone())) {
            onServer.currentUser().set(services.currentUser().require());
            assertThat(onServer.audit().verify().firstBreak()).isNull();
            assertThat(onServer.audit().verify().events()).isEqualTo(report.tables().stream()
                    .filter(t -> t.table().equals("audit_event")).findFirst().orElseThrow().sourceRows());
            assertThat(onServer.setup().profile()).isEqualTo(services.setup().profile());
        }
    }

    @Test
    void theUsersAndTheAttachmentCopiesGoToTheServerWithTheData() throws Exception {
        UUID id = UUID.randomUUID();
        AttachmentFiles local = new AttachmentFiles(AttachmentFiles.folderIn(dataDir), services.fileKey(),
                new java.security.SecureRandom());
        AttachmentFiles.Stored stored = local.storeContent(id, "附件内容".repeat(1000).getBytes(StandardCharsets.UTF_8));

        services.dataMove().moveTo(choice(TestEngine.server()), schema, (d, t) -> { }, () -> false);

        assertThat(count("key_vault")).as("the users log in on the server").isEqualTo(1);
        try (Connection c = TestEngine.server().connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT attachment_id, content FROM " + schema + ".attachment_copy")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getObject(1)).isEqualTo(id);
            assertThat(r.getBytes(2)).isEqualTo(Files.readAllBytes(local.folder().resolve(stored.storedPath())));
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aServerThatAlreadyHoldsDataIsRefusedAndNothingIsWritten() throws Exception {
        services.dataMove().moveTo(choice(TestEngine.server()), schema, (d, t) -> { }, () -> false);
        long cadres = count("cadre");
        long events = count("audit_event");

        assertThatThrownBy(() -> services.dataMove().moveTo(choice(TestEngine.server()), schema, (d, t) -> { },
                () -> false)).isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.move.targetNotEmpty");
                    assertThat(e.args().get(1).toString()).contains("app_user");
                });
        assertThat(count("cadre")).isEqualTo(cadres);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    @Test
    void aWrongPasswordStopsTheMoveBeforeAnythingIsWritten() throws Exception {
        ServerSettings server = TestEngine.server();
        DatabaseChoice wrong = DatabaseChoice.server(server.host(), server.port(), "no_such_database_9x", server.user(),
                server.password(), server.tls());
        assertThatThrownBy(() -> services.dataMove().moveTo(wrong, schema, (d, t) -> { }, () -> false))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enum.connectionOutcome.DATABASE_MISSING"));
        try (Connection c = TestEngine.server().connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + schema + "'")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = TestEngine.server().connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + schema + "." + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
