package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.TalkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report talk} and {@code report commitment} follow the contract of {@code report cadre-file}. */
class TalkAndCommitmentCommandTest {
    private static final int YEAR = LocalDate.now().getYear();

    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();
    private Path dir;

    @BeforeEach
    void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(commands.run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
    }

    private int run(String... args) {
        return commands.run(args);
    }

    private static AppServices asInspector(Path dir) {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private int printedPages() {
        return Integer.parseInt(commands.stdout().lines().filter(l -> l.startsWith("pages=")).findFirst().orElseThrow()
                .substring(6));
    }

    /** Events other than logging in and out (each command and each check here logs in). */
    private long auditEvents() {
        try (AppServices services = asInspector(dir)) {
            return services.audit().find(AuditFilter.ANY, 0, 1000).stream()
                    .filter(e -> e.kind() != AuditKind.LOGIN && e.kind() != AuditKind.LOGOUT).count();
        }
    }

    private void assertOneLineErrorAndNothingChanged(int exit, long eventsBefore, Path pdf) {
        assertThat(exit).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(pdf).doesNotExist();
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void talksOfTheYearGiveOneSheetEach() throws Exception {
        List<TalkSummary> talks;
        try (AppServices services = asInspector(dir)) {
            talks = services.talks().listTalks(YEAR);
        }
        assertThat(talks).isNotEmpty();
        Path pdf = temp.resolve("谈话 记录.pdf");

        assertThat(run("report", "talk", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(),
                "--year", String.valueOf(YEAR))).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(printedPages()).isGreaterThanOrEqualTo(talks.size());
        }
    }

    @Test
    void oneTalkById() throws Exception {
        UUID id;
        try (AppServices services = asInspector(dir)) {
            id = services.talks().listTalks(YEAR).get(0).id();
        }
        Path pdf = temp.resolve("one.pdf");
        assertThat(run("report", "talk", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(),
                "--id", id.toString())).isZero();
        assertThat(printedPages()).isEqualTo(1);
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void anUnknownOrMalformedTalkIdIsOneLineAndChangesNothing() {
        long before = auditEvents();
        Path pdf = temp.resolve("none.pdf");

        int unknown = run("report", "talk", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(),
                "--id", UUID.randomUUID().toString());
        assertOneLineErrorAndNothingChanged(unknown, before, pdf);
        assertThat(commands.stderr()).contains("找不到该谈话记录");

        int malformed = run("report", "talk", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--id", "第三条");
        assertOneLineErrorAndNothingChanged(malformed, before, pdf);
        assertThat(commands.stderr()).contains("第三条");
    }

    @Test
    void aTalkReportNeedsAnIdOrAYear() {
        long before = auditEvents();
        Path pdf = temp.resolve("x.pdf");
        assertOneLineErrorAndNothingChanged(run("report", "talk", "--user", "inspector", "--data-dir", dir.toString(),
                "--out", pdf.toString()), before, pdf);
        assertThat(run("report", "talk", "--data-dir", dir.toString(), "--out", "x.pdf", "--id", "1", "--year", "2025"))
                .isEqualTo(2);
    }

    @Test
    void commitmentsOfAUnitAndYearGiveOneOrMorePagesEach() throws Exception {
        List<CommitmentSummary> all;
        try (AppServices services = asInspector(dir)) {
            all = services.commitments().list(YEAR);
        }
        assertThat(all).isNotEmpty();
        Path pdf = temp.resolve("承诺书.pdf");

        assertThat(run("report", "commitment", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--year", String.valueOf(YEAR), "--unit", "360821")).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(printedPages()).isGreaterThanOrEqualTo(all.size());
        }
    }

    @Test
    void oneCadresCommitmentByIdNumber() {
        String idNumber;
        try (AppServices services = asInspector(dir)) {
            CommitmentSummary someone = services.commitments().list(YEAR).get(0);
            idNumber = someone.cadreIdNumber().value();
        }
        Path pdf = temp.resolve("one.pdf");
        assertThat(run("report", "commitment", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--cadre", idNumber)).isZero();
        assertThat(pdf).exists();
    }

    @Test
    void anUnknownCadreIsOneLineWithTheIdNumberMasked() {
        long before = auditEvents();
        Path pdf = temp.resolve("none.pdf");
        int exit = run("report", "commitment", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--cadre", "11010519491231002X");
        assertOneLineErrorAndNothingChanged(exit, before, pdf);
        assertThat(commands.stderr()).contains("110105********002X").doesNotContain("11010519491231002X");
    }

    @Test
    void aYearWithoutCommitmentsOrAnUnknownUnitIsOneLine() {
        long before = auditEvents();
        Path pdf = temp.resolve("none.pdf");
        assertOneLineErrorAndNothingChanged(run("report", "commitment", "--user", "inspector", "--data-dir",
                dir.toString(), "--out", pdf.toString(), "--year", "2001"), before, pdf);
        assertOneLineErrorAndNothingChanged(run("report", "commitment", "--user", "inspector", "--data-dir",
                dir.toString(), "--out", pdf.toString(), "--year", String.valueOf(YEAR), "--unit", "999999"), before, pdf);
        assertThat(commands.stderr()).contains("999999");
        assertOneLineErrorAndNothingChanged(run("report", "commitment", "--user", "inspector", "--data-dir",
                dir.toString(), "--out", pdf.toString()), before, pdf);
    }
}
