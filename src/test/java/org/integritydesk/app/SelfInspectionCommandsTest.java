package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.SelfInspectionCampaign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report self-inspection} as a script runs it, on the demo's campaign. */
class SelfInspectionCommandsTest {
    @TempDir
    static Path temp;
    private static Path dir;
    private static SelfInspectionCampaign campaign;
    private static CampaignProgress total;
    private static int year;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "60", "--seed", "7")).isZero();
        year = LocalDate.now().getYear();
        try (AppServices services = asInspector()) {
            campaign = services.selfInspection().list().get(0);
            var rows = services.selfInspection().progress(campaign.id(), "合计");
            total = rows.get(rows.size() - 1);
        }
    }

    private static AppServices asInspector() {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private int report(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "report";
        all[1] = "self-inspection";
        all[2] = "--user";
        all[3] = "inspector";
        all[4] = "--data-dir";
        all[5] = dir.toString();
        System.arraycopy(args, 0, all, 6, args.length);
        return commands.run(all);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static long printEvents() {
        try (AppServices services = asInspector()) {
            return services.audit().count(AuditFilter.ANY.withKinds(org.integritydesk.model.AuditKind.PRINT));
        }
    }

    @Test
    void theDemoCampaignHasTheFiveSeedItemsMostlyDeclaredWithAFewIssuesInTheLedger() {
        assertThat(campaign.items()).containsExactly("违规插手招投标", "经商办企业", "公款旅游", "以招商引资名义收受红包",
                "考察学习和政府采购中的问题");
        assertThat(total.cadres()).isEqualTo(60);
        assertThat(total.declared()).isGreaterThan(total.cadres() / 2).isLessThan(total.cadres());
        try (AppServices services = asInspector()) {
            long declaredIssues = services.selfInspection().declarations(campaign.id()).stream()
                    .mapToLong(d -> d.issueCount()).sum();
            long ledger = services.rectifications().list().stream()
                    .filter(r -> r.source() == ProblemSource.SELF_INSPECTION
                            && services.selfInspection().declarationOfItem(r.id()).isPresent()).count();
            assertThat(ledger).isEqualTo(declaredIssues);
        }
    }

    @Test
    void theFormsOfTheYearsCampaignHaveOneSheetPerCadre() throws Exception {
        Path pdf = temp.resolve("自查 表.pdf");
        assertThat(report("--year", String.valueOf(year), "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).contains("pages=" + total.cadres());
        assertThat(text(pdf)).contains("专项自查表", campaign.number(), "违规插手招投标", "本人签字");
    }

    @Test
    void theSummaryCountsDeclaredAndPending() throws Exception {
        Path pdf = temp.resolve("summary.pdf");
        assertThat(report("--campaign", campaign.number(), "--summary", "--out", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("专项自查情况汇总表", "合计", "已申报 " + total.declared() + " 人",
                "未申报 " + total.pending() + " 人");
    }

    @Test
    void anUnknownCampaignIsOneLineAndChangesNothing() {
        long before = printEvents();
        Path pdf = temp.resolve("none.pdf");
        assertThat(report("--campaign", "ZC-1999-01", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("ZC-1999-01");
        assertThat(pdf).doesNotExist();
        assertThat(printEvents()).isEqualTo(before);
    }
}
