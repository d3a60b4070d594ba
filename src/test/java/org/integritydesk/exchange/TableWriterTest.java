package org.integritydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableWriterTest {
    @TempDir
    Path dir;

    private static final TableWriter.Table TABLE = new TableWriter.Table("干部", List.of("姓名", "出勤次数", "日期", "时间", "单位代码"),
            List.of(Arrays.asList("张三", new BigDecimal("12"), LocalDate.of(2025, 3, 1), LocalDateTime.of(2025, 3, 1, 9, 30),
                    "36082101"), Arrays.asList("=HYPERLINK(\"x\")", new BigDecimal("3.5"), null, null, "007")));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12, NUMBER", "-3.5, NUMBER", "0, NUMBER", "2025-03-01, DATE", "2025-03-01 09:30, TIME",
        "36082101, TEXT", "007, TEXT", "13800138000, TEXT", "360821********123X, TEXT", "'1,000', TEXT", "在职, TEXT",
        "2025-13-01, TEXT"})
    void aShownTextBecomesTheValueItStandsFor(String text, String kind) {
        Object value = TableWriter.typed(text);
        switch (kind) {
            case "NUMBER" -> assertThat(value).isInstanceOf(BigDecimal.class);
            case "DATE" -> assertThat(value).isInstanceOf(LocalDate.class);
            case "TIME" -> assertThat(value).isInstanceOf(LocalDateTime.class);
            default -> assertThat(value).isEqualTo(text);
        }
    }

    @Test
    void theWorkbookHasTypedCellsABoldFrozenHeaderAndFittedWidths() throws Exception {
        Path file = dir.resolve("t.xlsx");
        TableWriter.writeXlsx(TABLE, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("干部");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 9, 30));
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1) / 2);
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(16 * 256);
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndNoCellRunsAsAFormula() throws Exception {
        Path file = dir.resolve("t.csv");
        TableWriter.writeCsv(TABLE, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).containsExactly("姓名,出勤次数,日期,时间,单位代码",
                "张三,12,2025-03-01,2025-03-01 09:30,36082101", "\"'=HYPERLINK(\"\"x\"\")\",3.5,,,007");
        assertThat(text).contains("\r\n");
    }
}
