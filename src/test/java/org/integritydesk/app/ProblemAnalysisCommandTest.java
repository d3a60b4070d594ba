package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.ProblemAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report problem-analysis} on the demo data, as a script runs it. */
class ProblemAnalysisCommandTest {
    @TempDir
    static Path temp;
    private static Path dir;
    private static int year;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
        year = LocalDate.now().getYear();
    }

    private static AppServices asInspector() {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private int report(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "report";
        all[1] = "problem-analysis";
        all[2] = "--user";
        all[3] = "inspector";
        all[4] = "--data-dir";
        all[5] = dir.toString();
        System.arraycopy(args, 0, all, 6, args.length);
        return commands.run(all);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static long prints() {
        try (AppServices services = asInspector()) {
            return services.audit().count(AuditFilter.ANY.withKinds(AuditKind.PRINT));
        }
    }

    @Test
    void theYearsAnalysisCountsWhatTheServiceCounts() throws Exception {
        Path pdf = temp.resolve("分析 表.pdf");
        assertThat(report("--year", String.valueOf(year), "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).contains("pages=");
        ProblemAnalysis.Counts total;
        try (AppServices services = asInspector()) {
            total = services.problemAnalysis().analyse(AnalysisPeriod.ofYear(year), null).total();
        }
        assertThat(total.items()).isPositive();
        assertThat(text(pdf)).contains("问题整改分析表", "期间共发现问题" + total.items() + "项",
                "未整改" + total.open() + "项", "一、按问题领域", "四、按单位", "城关分局", "范围：全部单位");
    }

    @Test
    void aPeriodAndAUnitNarrowIt() throws Exception {
        Path pdf = temp.resolve("unit.pdf");
        assertThat(report("--year", String.valueOf(year), "--from", year + "-01-01", "--to", year + "-06-30",
                "--unit", "36082104", "--out", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("统计期间：" + year + "年1月1日至" + year + "年6月30日", "范围：城关分局");
    }

    @Test
    void aReversedPeriodIsOneLineAndWritesNothing() {
        long before = prints();
        Path pdf = temp.resolve("reversed.pdf");
        assertThat(report("--from", year + "-03-02", "--to", year + "-03-01", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("开始日期不能晚于结束日期");
        assertThat(pdf).doesNotExist();
        assertThat(prints()).isEqualTo(before);
    }

    @Test
    void aBadDateOrUnitIsOneLine() {
        Path pdf = temp.resolve("bad.pdf");
        assertThat(report("--from", "2025-13-01", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr()).contains("2025-13-01");
        assertThat(report("--unit", "999", "--out", pdf.toString())).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("999");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeTheDataIsOpened() {
        assertThat(report("--out", temp.resolve("no/such/folder/x.pdf").toString())).isEqualTo(1);
        assertThat(commands.stderr()).contains("输出文件所在的文件夹不存在");
    }
}
