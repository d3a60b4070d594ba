package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.DebriefingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report ballot} and {@code report ballot-summary}, as a script runs them, on the demo's session. */
class DebriefingCommandsTest {
    @TempDir
    static Path temp;
    private static Path dir;
    private static DebriefingSession session;
    private static int year;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
        year = LocalDate.now().getYear();
        try (AppServices services = asInspector()) {
            session = services.debriefing().list().get(0);
        }
    }

    private static AppServices asInspector() {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private int report(String form, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "report";
        all[1] = form;
        all[2] = "--user";
        all[3] = "inspector";
        all[4] = "--data-dir";
        all[5] = dir.toString();
        System.arraycopy(args, 0, all, 6, args.length);
        return commands.run(all);
    }

    private static PDDocument open(Path pdf) throws Exception {
        return Loader.loadPDF(pdf.toFile());
    }

    private static long printEvents() {
        try (AppServices services = asInspector()) {
            return services.audit().count(AuditFilter.ANY.withKinds(AuditKind.PRINT));
        }
    }

    @Test
    void theBallotHasTheCopiesAskedForNumberedInOnePdf() throws Exception {
        Path pdf = temp.resolve("测评 表.pdf");
        assertThat(report("ballot", "--session", session.number(), "--copies", "3", "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).contains("pages=3");
        try (PDDocument document = open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("述职述廉民主测评表", "No. 001", "No. 002", "No. 003", "不划或多划的");
        }
    }

    @Test
    void theSummaryOfTheYearShowsTheDemosAgreeingDoubleEntry() throws Exception {
        Path pdf = temp.resolve("summary.pdf");
        assertThat(report("ballot-summary", "--year", String.valueOf(year), "--out", pdf.toString())).isZero();
        try (PDDocument document = open(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(year + "年度述职述廉测评结果汇总表", session.number(), "两次录入一致",
                    "以上结果均为最终结果", "%");
        }
        Path one = temp.resolve("one.pdf");
        assertThat(report("ballot-summary", "--session", session.number(), "--out", one.toString())).isZero();
        assertThat(one).exists();
    }

    @Test
    void anUnknownSessionOrABadNumberOfCopiesIsOneLineAndChangesNothing() {
        long before = printEvents();
        Path pdf = temp.resolve("none.pdf");
        assertThat(report("ballot", "--session", "SZ-1999-01", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("SZ-1999-01");
        assertThat(report("ballot", "--session", session.number(), "--copies", "0", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(pdf).doesNotExist();
        assertThat(printEvents()).isEqualTo(before);
    }

    @Test
    void theSummaryNeedsOneSessionOrAYear() {
        assertThat(report("ballot-summary", "--out", temp.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
    }
}
