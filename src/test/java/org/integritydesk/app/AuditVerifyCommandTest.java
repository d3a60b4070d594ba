package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.RawSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code integrity-desk audit verify}: one line, exit 0 for an intact trail and 1 for a broken one. */
class AuditVerifyCommandTest {
    @TempDir Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final String PASSWORD = "Demo@2026";

    /** Runs a command with the demo password on standard input. */
    private int run(String... args) {
        out.reset();
        err.reset();
        java.io.InputStream originalIn = System.in;
        System.setIn(new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandLineEntry.run(args);
        } finally {
            System.setIn(originalIn);
        }
    }

    private static FileKey keyOf(Path dir) {
        return KeyVault.forApp(dir, Clock.systemDefaultZone()).unlock("admin", PASSWORD.toCharArray());
    }

    private long eventsNow(Path dir) {
        assertThat(run("audit", "verify", "--data-dir", dir.toString(), "--user", "inspector")).isZero();
        return Long.parseLong(stdout().strip().replace("audit-ok events=", ""));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
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
