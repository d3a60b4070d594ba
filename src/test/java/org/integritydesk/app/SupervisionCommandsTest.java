package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.DueState;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.SupervisionVisit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report rectification-notice}, {@code report ledger} and {@code report supervision}, as a script runs them. */
class SupervisionCommandsTest {
    @TempDir
    static Path temp;
    private static Path dir;
    private static Rectification someItem;
    private static List<SupervisionVisit> visits;
    private static int year;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
        year = LocalDate.now().getYear();
        try (AppServices services = asInspector()) {
            someItem = services.rectifications().list().get(0);
            visits = services.supervision().list();
        }
    }

    private static AppServices asInspector() {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private int report(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, 1);
        all[2] = "--user";
        all[3] = "inspector";
        all[4] = "--data-dir";
        all[5] = dir.toString();
        System.arraycopy(args, 1, all, 6, args.length - 1);
        return commands.run(all);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static long events() {
        try (AppServices services = asInspector()) {
            return services.audit().count(AuditFilter.ANY.withKinds(org.integritydesk.model.AuditKind.PRINT));
        }
    }

    @Test
    void theNoticeOfOneItemNamesItAndItsUnit() throws Exception {
        Path pdf = temp.resolve("通知 书.pdf");
        assertThat(report("rectification-notice", "--out", pdf.toString(), "--item", someItem.number())).isZero();
        assertThat(commands.stdout()).contains("pages=");
        assertThat(text(pdf)).contains("整改通知书", someItem.number(), someItem.responsibleUnitName(), "整改回执");
    }

    @Test
    void theNoticesOfAYearAreOnePerItemFoundThatYear() throws Exception {
        Path pdf = temp.resolve("notices.pdf");
        assertThat(report("notice", "--out", pdf.toString(), "--year", String.valueOf(year))).isZero();
        long found;
        try (AppServices services = asInspector()) {
            found = services.rectifications().list().stream().filter(r -> r.foundOn().getYear() == year).count();
        }
        String text = text(pdf);
        assertThat(text.split("整改回执", -1)).hasSize((int) found + 1);
        assertThat(text).contains(someItem.number());

        Path none = temp.resolve("none-year.pdf");
        assertThat(report("notice", "--out", none.toString(), "--year", "1999")).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("1999");
        assertThat(none).doesNotExist();
    }

    @Test
    void theLedgerFiltersByYearStatusAndOverdue() throws Exception {
        Path pdf = temp.resolve("ledger.pdf");
        assertThat(report("ledger", "--out", pdf.toString(), "--year", String.valueOf(year), "--overdue")).isZero();
        String text = text(pdf);
        assertThat(text).contains("问题整改台账", "已逾期", year + "年度");
        assertThat(text).doesNotContain("已销号 inspector");
        try (AppServices services = asInspector()) {
            long overdue = services.rectifications().list().stream()
                    .filter(r -> r.dueState(services.rectifications().today()) == DueState.OVERDUE
                            && r.foundOn().getYear() == year).count();
            assertThat(text).contains("其中逾期 " + overdue + " 项");
        }
        Path byStatus = temp.resolve("verified.pdf");
        assertThat(report("ledger", "--out", byStatus.toString(), "--status", "已销号", "--unit", "36082104")).isZero();
        assertThat(text(byStatus)).contains("状态：已销号", "城关分局");
    }

    @Test
    void theVisitRecordsOfAYearHaveOneSheetPerVisitAndOneVisitItsOwn() throws Exception {
        Path pdf = temp.resolve("visits.pdf");
        assertThat(report("supervision", "--out", pdf.toString(), "--year", String.valueOf(year))).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(visits.size());
        }
        Path one = temp.resolve("one.pdf");
        assertThat(report("inspection", "--out", one.toString(), "--visit", visits.get(0).number())).isZero();
        assertThat(text(one)).contains("监督检查记录表", visits.get(0).number());
    }

    @Test
    void anUnknownItemIsOneLineAndChangesNothing() {
        long before = events();
        Path pdf = temp.resolve("none.pdf");
        int exit = report("rectification-notice", "--out", pdf.toString(), "--item", "ZG-1999-0001");
        assertThat(exit).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("ZG-1999-0001");
        assertThat(pdf).doesNotExist();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnknownStatusIsOneLineNamingTheKnownOnes() {
        Path pdf = temp.resolve("bad.pdf");
        assertThat(report("ledger", "--out", pdf.toString(), "--status", "完成了")).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("完成了", "待整改", "VERIFIED");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aVisitReportNeedsAVisitOrAYear() {
        assertThat(report("supervision", "--out", temp.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
    }
}
