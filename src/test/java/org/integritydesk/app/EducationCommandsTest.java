package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.ActivitySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} fills a year of education; {@code education list} and {@code report sign-in} as scripts use them. */
class EducationCommandsTest {
    @TempDir static Path temp;
    private static Path dir;
    private static String demoOutput;
    private static final int YEAR = LocalDate.now().getYear();
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        CommandRunner runner = new CommandRunner();
        dir = temp.resolve("demo");
        assertThat(runner.run("demo", "--data-dir", dir.toString(), "--cadres", "60", "--seed", "11")).isZero();
        demoOutput = runner.stdout();
    }

    private int run(String... args) {
        return commands.run(args);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDemoFillsAYearOfEducationWithTheCountysBases() {
        assertThat(demoOutput).contains("教育基地 6 个");
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            assertThat(services.educationBases().list()).extracting(b -> b.name())
                    .contains("文天祥纪念馆", "将军园", "革命烈士纪念馆", "吉州窑遗址公园", "吉州窑博物馆", "钓源古村");
            List<ActivitySummary> year = services.education().activities(YEAR);
            assertThat(year).hasSizeGreaterThan(50);
            assertThat(year).anySatisfy(a -> assertThat(a.attendance().onLeave()).isPositive());
            assertThat(year.stream().mapToInt(a -> a.attendance().present()).sum()).isGreaterThan(500);
        }
    }

    @Test
    void listPrintsOneLinePerActivityWithItsId() {
        assertThat(run("education", "list", "--data-dir", dir.toString(), "--user", "inspector", "--year",
                String.valueOf(YEAR))).isZero();
        assertThat(commands.stdout().lines()).hasSizeGreaterThan(50)
                .allMatch(line -> line.matches("[0-9a-f-]{36}\\t\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\t.*"));
    }

    @Test
    void signInSheetOfOneActivityNamesItsPeople() throws Exception {
        run("education", "list", "--data-dir", dir.toString(), "--user", "inspector", "--year", String.valueOf(YEAR));
        String line = commands.stdout().lines().filter(l -> l.contains("党课")).findFirst().orElseThrow();
        String id = line.substring(0, 36);
        Path pdf = temp.resolve("签到 表.pdf");
        assertThat(run("report", "sign-in", "--data-dir", dir.toString(), "--user", "inspector", "--activity", id,
                "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).containsPattern("(?m)^pages=\\d+$");
        assertThat(pdfText(pdf)).contains("教育活动签到表", "廉洁从政专题党课");
    }

    @Test
    void signInSheetsOfAYearForOneUnit() throws Exception {
        Path pdf = temp.resolve("unit.pdf");
        assertThat(run("report", "sign-in", "--data-dir", dir.toString(), "--user", "inspector", "--year",
                String.valueOf(YEAR), "--unit", "36082104", "--out", pdf.toString())).isZero();
        String text = pdfText(pdf);
        assertThat(text).contains("城关分局").doesNotContain("组织单位 敦厚分局");
    }

    @Test
    void activityListOfAYear() throws Exception {
        Path pdf = temp.resolve("台账.pdf");
        assertThat(run("report", "activities", "--data-dir", dir.toString(), "--user", "inspector", "--year",
                String.valueOf(YEAR), "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).containsPattern("(?m)^pages=\\d+$");
        assertThat(pdfText(pdf)).contains(YEAR + "年度教育活动台账", "廉洁从政专题党课");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path pdf = temp.resolve("never.pdf");
        assertThat(run("report", "sign-in", "--data-dir", dir.toString(), "--user", "inspector", "--activity", "not-an-id",
                "--out", pdf.toString())).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(commands.stderr()).contains("活动 ID 无效");
        assertThat(run("report", "sign-in", "--data-dir", dir.toString(), "--user", "inspector", "--year", "2001",
                "--out", pdf.toString())).isNotZero();
        assertThat(commands.stderr()).contains("2001 年没有可打印的教育活动");
        assertThat(run("report", "sign-in", "--data-dir", dir.toString(), "--user", "inspector", "--activity",
                "00000000-0000-4000-8000-000000000000", "--out", pdf.toString())).isNotZero();
        assertThat(commands.stderr()).contains("找不到该教育活动");
        assertThat(Files.exists(pdf)).isFalse();
    }
}
