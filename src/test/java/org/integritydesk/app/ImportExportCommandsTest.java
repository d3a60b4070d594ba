package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.FileKey;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import cadres} and {@code export cadres} as a script uses them, on a demo folder. */
class ImportExportCommandsTest {
    @TempDir static Path temp;
    private static Path dir;
    private static String unitCode;
    private static String unitName;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("demo");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "20", "--seed", "3")).isZero();
        try (AppServices services = login()) {
            OrgUnit unit = services.units().tree().inDisplayOrder().get(1);
            unitCode = unit.code();
            unitName = unit.name();
        }
    }

    private static AppServices login() {
        return new Sessions(Clock.systemDefaultZone()).login(dir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private static ContentFingerprint fingerprint() {
        FileKey key = KeyVault.forApp(dir, Clock.systemDefaultZone())
                .unlock("inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
        try (Database database = Database.open(dir, key)) {
            return new DatabaseBackup(database).contentFingerprint();
        }
    }

    private static Path gbkRoster(String name, String... badUnitOfThirdRow) throws Exception {
        String third = badUnitOfThirdRow.length > 0 ? badUnitOfThirdRow[0] : unitCode;
        List<String> lines = List.of("姓名,身份证号,单位,职务,干部类别",
                "导入甲," + IdNumbers.of("360821", LocalDate.of(1981, 2, 3), "611") + "," + unitCode + ",科员,一般干部",
                "导入乙," + IdNumbers.of("360821", LocalDate.of(1983, 4, 5), "622") + "," + unitName + ",副科长,中层干部",
                "导入丙," + IdNumbers.of("360821", LocalDate.of(1984, 6, 7), "633").substring(0, 17) + "0," + third
                        + ",科员,一般干部");
        return Files.write(temp.resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("GBK")));
    }

    @Test
    void importPrintsEachRejectedRowAndTheCountsLast() throws Exception {
        Path file = gbkRoster("名册.csv");

        int exit = commands.run("import", "cadres", file.toString(), "--data-dir", dir.toString(), "--user", "inspector");

        assertThat(exit).as(commands.stderr()).isZero();
        List<String> lines = commands.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("第 4 行：身份证号：");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("imported=2 rejected=1");

        // the same file again: nothing new, nothing duplicated
        assertThat(commands.run("import", "cadres", file.toString(), "--data-dir", dir.toString(), "--user", "inspector"))
                .isZero();
        assertThat(commands.stdout()).contains("新增 0 人，更新 0 人，2 人没有变化");
        try (AppServices services = login()) {
            assertThat(services.cadres().listCadres()).filteredOn(c -> c.name().startsWith("导入")).hasSize(2);
        }
    }

    @Test
    void allOrNothingImportsNothingWhenARowIsRejected() throws Exception {
        Path file = gbkRoster("全或无.csv");
        ContentFingerprint before = fingerprint();

        int exit = commands.run("import", "cadres", file.toString(), "--all-or-nothing", "--data-dir", dir.toString(),
                "--user", "inspector");

        assertThat(exit).isZero();
        assertThat(commands.stdout().lines().reduce((a, b) -> b)).contains("imported=0 rejected=1");
        ContentFingerprint after = fingerprint();
        assertThat(after.rows("CADRE")).isEqualTo(before.rows("CADRE"));
    }

    @Test
    void aFileThatCannotBeReadFailsWithOneChineseLineAndChangesNothing() throws Exception {
        Path file = Files.writeString(temp.resolve("名册.xlsx"), "不是表格");
        ContentFingerprint before = fingerprint();

        int exit = commands.run("import", "cadres", file.toString(), "--data-dir", dir.toString(), "--user", "inspector");

        assertThat(exit).isNotZero();
        assertThat(commands.stderr().lines().toList()).hasSize(1).first().asString().contains("不是 Excel 表格");
        assertThat(commands.stdout()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void exportMasksIdNumbersForALeaderAndNotForTheInspector() throws Exception {
        Path asLeader = temp.resolve("leader.xlsx");
        Path asInspector = temp.resolve("inspector.xlsx");

        assertThat(commands.run("export", "cadres", "--out", asLeader.toString(), "--unit", unitCode, "--data-dir",
                dir.toString(), "--user", "leader")).as(commands.stderr()).isZero();
        assertThat(commands.stdout()).containsPattern("(?m)^cadres=\\d+$");
        assertThat(commands.run("export", "cadres", "--out", asInspector.toString(), "--data-dir", dir.toString(),
                "--user", "inspector")).isZero();

        try (InputStream in = Files.newInputStream(asLeader); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            }
        }
        try (InputStream in = Files.newInputStream(asInspector); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).matches("\\d{17}[\\dX]");
        }
    }

    @Test
    void exportToAnUnknownUnitSaysSo() {
        int exit = commands.run("export", "cadres", "--out", temp.resolve("x.xlsx").toString(), "--unit", "999",
                "--data-dir", dir.toString(), "--user", "inspector");
        assertThat(exit).isNotZero();
        assertThat(commands.stderr()).contains("没有代码为 999 的单位");
        assertThat(temp.resolve("x.xlsx")).doesNotExist();
    }
}
