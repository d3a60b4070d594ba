package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AuditFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report regulations}: the contract of {@code report cadre-file} for the regulations register. */
class RegulationsReportCommandTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();

    private Path demo() {
        Path dir = temp.resolve("数据 folder");
        assertThat(commands.run("demo", "--data-dir", dir.toString(), "--cadres", "5", "--seed", "7")).isZero();
        return dir;
    }

    private static long auditEvents(Path dir) {
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            return services.audit().count(AuditFilter.ANY);
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesTheWholeRegisterAndPrintsThePageCount() throws Exception {
        Path dir = demo();
        Path pdf = temp.resolve("制度 台账.pdf");

        int exit = commands.run("report", "regulations", "--user", "leader", "--data-dir", dir.toString(), "--out",
                pdf.toString());

        assertThat(exit).isZero();
        assertThat(commands.stdout()).containsPattern("(?m)^pages=1$");
        String text = text(pdf).replaceAll("\\s", "");
        assertThat(text).contains("制度建设台账").contains("全部年度").contains("机关效能建设制度").contains("作风建设监督制度")
                .contains("共10项");
    }

    @Test
    void aYearWithoutRulesPrintsAnEmptyRegisterForThatYear() throws Exception {
        Path dir = demo();
        Path pdf = temp.resolve("2001.pdf");

        assertThat(commands.run("report", "regulations", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--year", "2001")).isZero();

        assertThat(text(pdf)).contains("2001年度").contains("无相关记录");
    }

    @Test
    void aMissingOutputFolderIsOneLineAndChangesNothing() {
        Path dir = demo();
        long before = auditEvents(dir);
        Path pdf = temp.resolve("没有的文件夹").resolve("x.pdf");

        int exit = commands.run("report", "regulations", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                pdf.toString());

        assertThat(exit).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("输出文件所在的文件夹不存在");
        assertThat(pdf).doesNotExist();
        assertThat(auditEvents(dir)).isEqualTo(before + 1); // only the login of auditEvents itself
    }

    @Test
    void aBadYearIsOneLineBeforeAnythingIsOpened() {
        Path dir = demo();
        int exit = commands.run("report", "regulations", "--user", "inspector", "--data-dir", dir.toString(), "--out",
                temp.resolve("x.pdf").toString(), "--year", "20245");
        assertThat(exit).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("年度 20245 无效");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsOneLineAndWritesNoFile() {
        Path dir = demo();
        int exit = commands.runWithInput("wrong\n", "report", "regulations", "--user", "inspector", "--data-dir",
                dir.toString(), "--out", temp.resolve("x.pdf").toString());
        assertThat(exit).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void theAdministratorMayNotPrintTheRegister() {
        Path dir = demo();
        int exit = commands.run("report", "regulations", "--user", "admin", "--data-dir", dir.toString(), "--out",
                temp.resolve("x.pdf").toString());
        assertThat(exit).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }
}
