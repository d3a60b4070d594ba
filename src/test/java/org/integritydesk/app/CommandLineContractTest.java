package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.integritydesk.model.CadreSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as scripts rely on them: names, output lines, exit codes, nothing changed on error. */
class CommandLineContractTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();

    private static final String PASSWORD = CommandRunner.DEMO_PASSWORD;

    private int run(String... args) {
        return commands.run(args);
    }

    private static AppServices asInspector(Path dir) {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", PASSWORD.toCharArray());
    }

    private String stdout() {
        return commands.stdout();
    }

    private String stderr() {
        return commands.stderr();
    }

    private Path demo(int cadres) {
        Path dir = temp.resolve("数据 folder");
        assertThat(run("demo", "--data-dir", dir.toString(), "--cadres", String.valueOf(cadres), "--seed", "7")).isZero();
        return dir;
    }

    @Test
    void demoCreatesTheRequestedNumberOfCadres() {
        Path dir = demo(40);
        assertThat(stdout()).contains("40");
        try (AppServices services = asInspector(dir)) {
            assertThat(services.cadres().listCadres()).hasSize(40);
            assertThat(services.units().tree().findByCode("360821")).isPresent();
        }
    }

    @Test
    void demoIntoADatabaseWithCadresIsRefusedWithOneLine() {
        Path dir = demo(20);
        int exit = run("demo", "--data-dir", dir.toString(), "--cadres", "5", "--user", "admin");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("已有干部");
        try (AppServices services = asInspector(dir)) {
            assertThat(services.cadres().listCadres()).hasSize(20);
        }
    }

    @Test
    void reportOfAUnitWritesAPdfAndPrintsThePageCount() throws Exception {
        Path dir = demo(30);
        Path pdf = temp.resolve("档案 表.pdf");
        int exit = run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(), "--unit", "360821");
        assertThat(exit).isZero();
        assertThat(stdout()).containsPattern("(?m)^pages=\\d+$");
        int printed = Integer.parseInt(stdout().lines().filter(l -> l.startsWith("pages=")).findFirst().orElseThrow().substring(6));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(printed).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void reportOfOneCadreByIdNumberPrintsTheirSheet() throws Exception {
        Path dir = demo(10);
        String idNumber;
        try (AppServices services = asInspector(dir)) {
            CadreSummary someone = services.cadres().listCadres().get(3);
            idNumber = someone.idNumber().value();
        }
        Path pdf = temp.resolve("one.pdf");
        assertThat(run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(), "--cadre", idNumber))
                .isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void unknownCadreIsOneLineWithTheIdNumberMaskedAndNoFile() {
        Path dir = demo(5);
        Path pdf = temp.resolve("none.pdf");
        int exit = run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(),
                "--cadre", "11010519491231002X");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("110105********002X").doesNotContain("11010519491231002X");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void missingDataFolderIsAnErrorThatCreatesNothing() {
        Path missing = temp.resolve("nowhere");
        int exit = run("report", "cadre-file", "--data-dir", missing.toString(), "--out", temp.resolve("x.pdf").toString(),
                "--all");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    void unknownUnitCodeIsOneLine() {
        Path dir = demo(5);
        int exit = run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out", temp.resolve("x.pdf").toString(),
                "--unit", "999999");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("999999");
    }

    @Test
    void missingOptionIsAUsageErrorOnOneLine() {
        int exit = run("report", "cadre-file", "--data-dir", temp.toString(), "--all");
        assertThat(exit).isEqualTo(2);
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(stderr()).contains("--out");
    }

    @Test
    void choosingSeveralSelectionsAtOnceIsRefused() {
        int exit = run("report", "cadre-file", "--data-dir", temp.toString(), "--out", "x.pdf", "--all", "--unit", "1");
        assertThat(exit).isEqualTo(2);
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    @Test
    void unwritableOutputFolderIsOneLineAndLeavesNoFile() {
        Path dir = demo(3);
        Path pdf = temp.resolve("no-such-folder").resolve("x.pdf");
        int exit = run("report", "cadre-file", "--user", "inspector", "--data-dir", dir.toString(), "--out", pdf.toString(), "--all");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void demoCreatesItsUsersAndUsersListShowsThem() {
        Path dir = demo(4);
        assertThat(run("users", "list", "--data-dir", dir.toString(), "--user", "admin")).isZero();
        assertThat(stdout()).contains("admin\tSYSTEM_ADMIN").contains("inspector\tINSPECTOR").contains("leader\tLEADER")
                .contains("clerk-36082104\tSUB_BUREAU_CLERK\t36082104");
    }

    @Test
    void aWrongPasswordIsOneLineAndChangesNothing() {
        Path dir = demo(3);
        int exit = commands.runWithInput("wrong-password\n", "report", "cadre-file", "--user", "inspector",
                "--data-dir", dir.toString(), "--out", temp.resolve("x.pdf").toString(), "--all");
        assertThat(exit).isNotZero();
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aClerkPrintsOnlyTheirOwnSubBureau() throws Exception {
        Path dir = demo(60);
        Path pdf = temp.resolve("clerk.pdf");
        assertThat(run("report", "cadre-file", "--user", "clerk-36082104", "--data-dir", dir.toString(), "--out",
                pdf.toString(), "--all")).isZero();
        int pages = Integer.parseInt(stdout().lines().filter(l -> l.startsWith("pages=")).findFirst().orElseThrow().substring(6));
        long inUnit;
        try (AppServices services = asInspector(dir)) {
            var unit = services.units().tree().findByCode("36082104").orElseThrow();
            inUnit = services.cadres().listCadres().stream().filter(c -> c.unitId().equals(unit.id())).count();
        }
        assertThat(pages).isGreaterThanOrEqualTo((int) inUnit).isLessThan(60);
        int other = run("report", "cadre-file", "--user", "clerk-36082104", "--data-dir", dir.toString(), "--out",
                temp.resolve("other.pdf").toString(), "--unit", "36082105");
        assertThat(other).isNotZero();
        assertThat(stderr()).contains("本单位");
        assertThat(temp.resolve("other.pdf")).doesNotExist();
    }

    @Test
    void sameSeedGivesTheSameCadres() {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        assertThat(run("demo", "--data-dir", first.toString(), "--cadres", "25", "--seed", "99")).isZero();
        assertThat(run("demo", "--data-dir", second.toString(), "--cadres", "25", "--seed", "99")).isZero();
        assertThat(idNumbersIn(first)).isEqualTo(idNumbersIn(second));
    }

    private static java.util.List<String> idNumbersIn(Path dir) {
        try (AppServices services = asInspector(dir)) {
            return services.cadres().listCadres().stream().map(c -> c.idNumber().value() + c.name()).sorted().toList();
        }
    }
}
