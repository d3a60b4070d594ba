package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.RawSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code integrity-desk audit verify}: one line, exit 0 for an intact trail and 1 for a broken one. */
class AuditVerifyCommandTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();

    private static final String PASSWORD = CommandRunner.DEMO_PASSWORD;

    private int run(String... args) {
        return commands.run(args);
    }

    private static FileKey keyOf(Path dir) {
        return KeyVault.forApp(dir, Clock.systemDefaultZone()).unlock("admin", PASSWORD.toCharArray());
    }

    private long eventsNow(Path dir) {
        assertThat(run("audit", "verify", "--data-dir", dir.toString(), "--user", "inspector")).isZero();
        return Long.parseLong(stdout().strip().replace("audit-ok events=", ""));
    }

    private String stdout() {
        return commands.stdout();
    }

    private String stderr() {
        return commands.stderr();
    }

    /** A demo database: its setup, the demo run and its users are audit events. */
    private Path demo() {
        Path dir = temp.resolve("数据");
        assertThat(run("demo", "--data-dir", dir.toString(), "--cadres", "12", "--seed", "3")).isZero();
        return dir;
    }

    @Test
    void anIntactTrailPrintsAuditOkWithTheEventCount() {
        Path dir = demo();

        int exit = run("audit", "verify", "--data-dir", dir.toString(), "--user", "inspector");

        assertThat(exit).isZero();
        assertThat(stdout().strip()).matches("audit-ok events=\\d+");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aPrintoutIsOneMoreEvent() {
        Path dir = demo();
        long before = eventsNow(dir);
        assertThat(run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                temp.resolve("a.pdf").toString(), "--unit", "360821")).isZero();

        // the report command logs in and prints (two events), and checking again logs in once more
        assertThat(eventsNow(dir)).isEqualTo(before + 3);
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", PASSWORD.toCharArray())) {
            assertThat(services.audit().find(AuditFilter.ANY.withKinds(AuditKind.PRINT), 0, 10)).singleElement()
                    .satisfies(e -> assertThat(e.after()).contains("\"cadres\":12", "\"selection\":\"unitWithSubUnits\""));
        }
    }

    @Test
    void anEditedEventIsOneLineInChineseNamingItsNumberAndExitsOne() {
        Path dir = demo();
        RawSql.execute(dir, keyOf(dir), "UPDATE audit_event SET actor = 'someone' WHERE sequence = 1");

        int exit = run("audit", "verify", "--data-dir", dir.toString(), "--user", "inspector");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("第 1 号").contains("改动");
    }

    @Test
    void aDeletedEventIsNamedByItsNumber() {
        Path dir = demo();
        RawSql.execute(dir, keyOf(dir), "DELETE FROM audit_event WHERE sequence = 1");

        assertThat(run("audit", "verify", "--data-dir", dir.toString(), "--user", "inspector")).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("第 1 号").contains("缺失");
    }

    @Test
    void aMissingDataFolderIsOneLineAndCreatesNothing() {
        Path missing = temp.resolve("nowhere");

        assertThat(run("audit", "verify", "--data-dir", missing.toString())).isEqualTo(1);
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(missing).doesNotExist();
    }
}
