package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
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

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLineEntry.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A demo database: its setup and the demo run are two events. */
    private Path demo() {
        Path dir = temp.resolve("数据");
        assertThat(run("demo", "--data-dir", dir.toString(), "--cadres", "12", "--seed", "3")).isZero();
        return dir;
    }

    @Test
    void anIntactTrailPrintsAuditOkWithTheEventCount() {
        Path dir = demo();

        int exit = run("audit", "verify", "--data-dir", dir.toString());

        assertThat(exit).isZero();
        assertThat(stdout().strip()).isEqualTo("audit-ok events=2");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aPrintoutIsOneMoreEvent() {
        Path dir = demo();
        assertThat(run("report", "cadre-file", "--data-dir", dir.toString(), "--out", temp.resolve("a.pdf").toString(),
                "--unit", "360821")).isZero();

        assertThat(run("audit", "verify", "--data-dir", dir.toString())).isZero();
        assertThat(stdout().strip()).isEqualTo("audit-ok events=3");
        try (AppServices services = AppServices.open(dir, Clock.systemDefaultZone())) {
            assertThat(services.audit().find(AuditFilter.ANY.withKinds(AuditKind.PRINT), 0, 10)).singleElement()
                    .satisfies(e -> assertThat(e.after()).contains("\"cadres\":12", "\"selection\":\"unitWithSubUnits\""));
        }
    }

    @Test
    void anEditedEventIsOneLineInChineseNamingItsNumberAndExitsOne() {
        Path dir = demo();
        RawSql.execute(dir, "UPDATE audit_event SET actor = 'someone' WHERE sequence = 1");

        int exit = run("audit", "verify", "--data-dir", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("第 1 号").contains("改动");
    }

    @Test
    void aDeletedEventIsNamedByItsNumber() {
        Path dir = demo();
        RawSql.execute(dir, "DELETE FROM audit_event WHERE sequence = 1");

        assertThat(run("audit", "verify", "--data-dir", dir.toString())).isEqualTo(1);
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
