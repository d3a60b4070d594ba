package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.Role;
import org.integritydesk.store.ServerDump;
import org.integritydesk.testing.TestEngine;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups on a server database: "back up now" writes a pg_dump file when pg_dump is on this PC and
 * otherwise says how to back up the server; no automatic backups from each PC.
 */
class ServerBackupOnServerTest {
    @TempDir Path dir;
    private TestServices services;

    @BeforeEach
    void onAServer() {
        assumeTrue(TestEngine.postgresql(), "needs a PostgreSQL server: run with -D" + TestEngine.PROPERTY
                + "=postgresql and -Did.test.pg.host/port/database/user/password (see TestEngine; .ci/run does)");
        services = TestServices.open(dir.resolve("data"));
        services.setUpBureau();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void backUpNowWritesAPgDumpFileOfTheServerDatabase() throws Exception {
        Optional<Path> pgDump = ServerDump.findPgDump(System.getenv());
        assumeTrue(pgDump.isPresent(), "pg_dump is not installed here (the server's own package brings it)");
        assertThat(services.backups.onServer()).isTrue();

        BackupInfo made = services.backups.backupNow(BackupKind.MANUAL);

        assertThat(made.file().getFileName().toString()).endsWith("-manual.pgdump");
        assertThat(made.file()).exists();
        assertThat(made.sizeBytes()).isEqualTo(Files.size(made.file())).isGreaterThan(1000);
        Process list = new ProcessBuilder(pgDump.get().resolveSibling("pg_restore").toString(), "--list",
                made.file().toString()).redirectErrorStream(true).start();
        String contents = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor()).as(contents).isZero();
        assertThat(contents).contains("TABLE DATA", "org_unit", "audit_event");
        assertThat(services.backups.backupIfDailyDue()).as("no automatic backups from each PC").isEmpty();
    }

    @Test
    void withoutPgDumpTheMessageSaysHowToBackUpTheServer() {
        services.backups.findPgDumpWith(Optional::empty);
        assertThatThrownBy(() -> services.backups.backupNow(BackupKind.MANUAL))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.backup.serverNoPgDump");
                    assertThat(new Messages(java.util.Locale.SIMPLIFIED_CHINESE).get(e.messageKey(), e.args()))
                            .contains("pg_dump -Fc -h " + TestEngine.server().host(), "postgresql-client");
                });
        assertThat(services.backups.listBackups()).isEmpty();
    }

    @Test
    void aLeaderMayNotBackUpTheServerEither() {
        services.actAs(Role.LEADER, null, null);
        assertThatThrownBy(() -> services.backups.backupNow(BackupKind.MANUAL))
                .isInstanceOf(org.integritydesk.service.security.AccessDeniedException.class);
    }
}
