package org.integritydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.AuditService.ExportResult;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log as an .xlsx, read back with POI as Excel would read it. */
class AuditExcelExportTest {
    private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final String ID_NUMBER = IdNumbers.of("360821", "19800101", "123");
    private static final UUID CADRE = UUID.fromString("5b0e7c1a-0000-4000-8000-00000000000a");
    /** 2025-03-01 09:00 in Ji'an. */
    private static final Instant FIRST = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir Path dir;
    private TestServices services;
    private AuditExcelExport excel;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        excel = new AuditExcelExport(services.audit);
        services.setUpBureau();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Event n (from 2) by {@code user}, n minutes after 09:00 on 1 March 2025. */
    private void record(int minute, String user, AuditKind kind, String before, String after, String purpose) {
        Stamps stamps = new Stamps(Clock.fixed(FIRST.plusSeconds(60L * minute), TestServices.ZONE), () -> user,
                () -> TestServices.SITE);
        AuditTrail trail = new AuditTrail(new AuditRepository(services.tx), stamps);
        services.tx.run(() -> trail.record(kind, AuditTrail.CADRE, CADRE, "张建国", null, null, purpose));
        if (before != null || after != null) {
            services.tx.run(() -> trail.record(AuditKind.UPDATE, AuditTrail.CADRE, CADRE, "张建国",
                    java.util.Map.of("position", before), java.util.Map.of("position", after), null));
        }
    }

    /** The bureau's setup and 30 more: views with a purpose naming an ID number, prints, and ten updates. */
    private int someEvents() {
        for (int i = 1; i <= 20; i++) {
            boolean view = i % 2 == 1;
            record(i, view ? "监察员李明" : "inspector", view ? AuditKind.VIEW : AuditKind.PRINT,
                    view ? "科员" : null, view ? "副科长" : null, view ? "信访举报核查 " + ID_NUMBER : null);
        }
        return 1 + 20 + 10;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    @Test
    void writesABoldFrozenFilteredHeaderAndARowPerEventOldestFirst() throws IOException {
        int events = someEvents();
        Path file = dir.resolve("审计 日志.xlsx");

        ExportResult result = excel.export(AuditFilter.ANY, Locale.CHINA, "季度检查", file);

        assertThat(result.events()).isEqualTo(events);
        assertThat(result.file()).isEqualTo(file.toAbsolutePath());
        try (XSSFWorkbook workbook = read(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("审计日志");
            Row header = sheet.getRow(0);
            assertThat(texts(header)).containsExactly("序号", "时间", "用户", "操作", "记录类型", "记录", "目的", "变更前", "变更后");
            header.forEach(cell -> assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue());
            assertThat(sheet.getLastRowNum()).isEqualTo(events);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(events + 1);

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I" + (events + 1));

            for (int r = 1; r <= events; r++) {
                assertThat(sheet.getRow(r).getCell(AuditExcelExport.SEQUENCE).getNumericCellValue()).isEqualTo(r);
            }
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).hasToString(CellRangeAddress.valueOf("1:1").toString());
        }
    }

    @Test
    void timesAreDateTimeCellsInTheOfficeTimeZoneAndSequencesNumbers() throws IOException {
        someEvents();
        Path file = dir.resolve("log.xlsx");
        excel.export(AuditFilter.ANY.withActor("监察员李明"), Locale.CHINA, null, file);

        try (XSSFWorkbook workbook = read(file)) {
            Row first = workbook.getSheetAt(0).getRow(1);
            Cell sequence = first.getCell(AuditExcelExport.SEQUENCE);
            assertThat(sequence.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sequence.getNumericCellValue()).isEqualTo(2);
            Cell time = first.getCell(AuditExcelExport.TIME);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            // 01:01 UTC is 09:01 in Ji'an
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 9, 1, 0));
            assertThat(new DataFormatter(Locale.ROOT).formatCellValue(time)).isEqualTo("2025-03-01 09:01:00");
            assertThat(texts(first)).contains("监察员李明", "查阅", "干部档案", "张建国");
        }
    }

    @Test
    void columnWidthsCountChineseCharactersTwiceAndStayBounded() throws IOException {
        someEvents();
        Path file = dir.resolve("log.xlsx");
        excel.export(AuditFilter.ANY, Locale.CHINA, null, file);

        try (XSSFWorkbook workbook = read(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            // "监察员李明" is five characters, ten columns wide
            assertThat(sheet.getColumnWidth(AuditExcelExport.ACTOR)).isGreaterThanOrEqualTo(10 * 256);
            // "2025-03-01 09:01:00" whole
            assertThat(sheet.getColumnWidth(AuditExcelExport.TIME)).isGreaterThanOrEqualTo(19 * 256);
            assertThat(sheet.getColumnWidth(AuditExcelExport.SEQUENCE)).isLessThan(12 * 256);
            for (int c = 0; c <= AuditExcelExport.AFTER; c++) {
                assertThat(sheet.getColumnWidth(c)).as("column " + c).isBetween(5 * 256, 61 * 256);
            }
        }
        assertThat(AuditExcelExport.displayWidth("纪检员 ab")).isEqualTo(9);
        assertThat(AuditExcelExport.displayWidth("\uD842\uDFB7乐")).isEqualTo(4);
        assertThat(AuditExcelExport.displayWidth("ab\n纪检员王芳")).isEqualTo(10);
    }

    @Test
    void noCellHoldsAWholeIdNumber() throws IOException {
        someEvents();
        Path file = dir.resolve("log.xlsx");
        excel.export(AuditFilter.ANY, Locale.CHINA, null, file);

        List<String> all = new ArrayList<>();
        try (XSSFWorkbook workbook = read(file)) {
            workbook.forEach(sheet -> sheet.forEach(row -> all.addAll(texts(row))));
        }
        assertThat(all).noneMatch(text -> WHOLE_ID_NUMBER.matcher(text).find());
        assertThat(all).anyMatch(text -> text.contains(ID_NUMBER.substring(0, 6) + "********" + ID_NUMBER.substring(14)));
    }

    @Test
    void theSecondSheetSaysWhatWasExportedByWhomAndWhen() throws IOException {
        someEvents();
        Path file = dir.resolve("log.xlsx");
        AuditFilter filter = AuditFilter.ANY.withKinds(AuditKind.VIEW, AuditKind.PRINT)
                .between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        ExportResult result = excel.export(filter, Locale.CHINA, null, file);

        assertThat(result.events()).isEqualTo(20);
        try (XSSFWorkbook workbook = read(file)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(20);
            Sheet info = workbook.getSheetAt(1);
            assertThat(info.getSheetName()).isEqualTo("导出说明");
            List<String> lines = new ArrayList<>();
            info.forEach(row -> lines.add(String.join("|", texts(row))));
            assertThat(lines).contains("单位|吉安县市场监督管理局", "筛选条件|操作：查阅、打印；日期：2025-01-01 至 2025-03-31",
                    "记录条数|20", "导出人|" + TestServices.USER);
            Cell exportedAt = info.getRow(4).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(exportedAt)).isTrue();
            assertThat(exportedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 15, 10, 0));
        }
    }

    @Test
    void theExportIsAnAuditEventWithTheFilterFormatCountAndPurpose() {
        int events = someEvents();
        excel.export(AuditFilter.ANY.withActor("inspector"), Locale.CHINA, "季度检查", dir.resolve("log.xlsx"));

        List<AuditEvent> exports = services.audit.find(AuditFilter.ANY.withKinds(AuditKind.EXPORT), 0, 10);
        assertThat(exports).singleElement().satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(events + 1);
            assertThat(e.actor()).isEqualTo(TestServices.USER);
            assertThat(e.recordType()).isEqualTo(AuditTrail.AUDIT_LOG);
            assertThat(e.purpose()).isEqualTo("季度检查");
            assertThat(e.after()).isEqualTo("{\"events\":10,\"filter\":{\"actor\":\"inspector\"},\"format\":\"xlsx\"}");
        });
    }

    @Test
    void englishHeadersAndLabels() throws IOException {
        someEvents();
        Path file = dir.resolve("log.xlsx");
        excel.export(AuditFilter.ANY, Locale.ENGLISH, null, file);
        try (XSSFWorkbook workbook = read(file)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Audit log");
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).startsWith("No.", "Time", "User", "Action");
            assertThat(texts(workbook.getSheetAt(0).getRow(2))).contains("View", "Cadre file");
        }
    }

    @Test
    void aTextLongerThanExcelAllowsIsCutAndMarked() {
        String huge = "字".repeat(AuditExcelExport.MAX_CELL_TEXT + 10);
        String cut = AuditExcelExport.cellText(huge);
        assertThat(cut).hasSize(AuditExcelExport.MAX_CELL_TEXT).endsWith("…");
        assertThat(AuditExcelExport.cellText("short")).isEqualTo("short");
    }
}
