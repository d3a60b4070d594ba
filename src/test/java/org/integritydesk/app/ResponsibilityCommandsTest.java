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
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.UnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's responsibility tasks and {@code report responsibility}, as a script runs it. */
class ResponsibilityCommandsTest {
    @TempDir
    static Path temp;
    private static Path dir;
    private static int year;
    private static List<ResponsibilityTask> tasks;
    private static OrgUnit subBureau;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("数据 folder");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
        year = LocalDate.now().getYear();
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            tasks = services.responsibility().list(year);
            subBureau = tasks.stream().map(t -> services.units().tree().find(t.unitId()).orElseThrow())
                    .filter(u -> u.kind() == UnitKind.SUB_BUREAU).findFirst().orElseThrow();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDemoYearHasAboutTwentyTasksWithVariedProgress() {
        assertThat(tasks).hasSize(20);
        assertThat(tasks).allSatisfy(t -> assertThat(t.leaderName()).isNotBlank());
        assertThat(tasks.stream().map(t -> t.status(LocalDate.now())).distinct()).contains(ResponsibilityStatus.COMPLETED);
        assertThat(tasks.stream().map(ResponsibilityTask::unitId).distinct().count()).isGreaterThan(3);
    }

    @Test
    void printsOneUnitsTasksOfTheYear() throws Exception {
        Path pdf = temp.resolve("责任 分解.pdf");
        assertThat(commands.run("report", "responsibility", "--user", "inspector", "--data-dir", dir.toString(),
                "--year", String.valueOf(year), "--unit", subBureau.code(), "--out", pdf.toString())).isZero();
        assertThat(commands.stdout()).contains("pages=");
        String text = text(pdf);
        long own = tasks.stream().filter(t -> t.unitId().equals(subBureau.id())).count();
        assertThat(text).contains(year + " 年度党风廉政建设责任分解表", "责任单位：" + subBureau.name(), "共 " + own + " 项");
    }

    @Test
    void anUnknownUnitIsOneLineAndWritesNothing() {
        Path pdf = temp.resolve("none.pdf");
        assertThat(commands.run("report", "responsibility", "--user", "inspector", "--data-dir", dir.toString(),
                "--year", String.valueOf(year), "--unit", "99999999", "--out", pdf.toString())).isNotZero();
        assertThat(commands.stderr().strip().lines()).hasSize(1);
        assertThat(Files.exists(pdf)).isFalse();
    }
}
