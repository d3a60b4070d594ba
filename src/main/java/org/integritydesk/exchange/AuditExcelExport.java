package org.integritydesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.AuditText;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditService.ExportFormat;
import org.integritydesk.service.AuditService.ExportInfo;
import org.integritydesk.service.AuditService.ExportResult;
import org.integritydesk.service.Messages;

/**
 * The audit log as an Excel workbook (.xlsx): one sheet with a row per event, oldest first, under a
 * bold, frozen header row with an auto-filter, and a second sheet saying what was exported, by whom
 * and when. Times are real date-time cells (office time zone), numbers are numbers, and the widths
 * fit the text (a Chinese character counts twice). The texts are the trail's own, whose ID numbers
 * are masked; they are masked once more here all the same, user names included.
 *
 * <p>Rows stream through POI's SXSSF: only a window of rows sits in memory, the rest in a
 * compressed temporary file that closing the workbook deletes, so {@link AuditService#MAX_EXPORT}
 * events need no more heap than a hundred. The file is written beside the target and renamed into
 * place ({@link AtomicFiles}); the EXPORT event is recorded before the rename, so a failure leaves
 * neither a half file nor an event. Slow for many events: call it off the JavaFX thread.
 */
public final class AuditExcelExport {
    /** Excel refuses a cell text longer than this. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Rows kept in memory before SXSSF writes them out. */
    private static final int ROW_WINDOW = 200;
    static final int SEQUENCE = 0;
    static final int TIME = 1;
    static final int ACTOR = 2;
    static final int KIND = 3;
    static final int RECORD_TYPE = 4;
    static final int RECORD = 5;
    static final int PURPOSE = 6;
    static final int BEFORE = 7;
    static final int AFTER = 8;
    private static final String[] HEADERS = {"export.audit.column.sequence", "export.audit.column.time",
        "export.audit.column.actor", "export.audit.column.kind", "export.audit.column.recordType",
        "export.audit.column.record", "export.audit.column.purpose", "export.audit.column.before",
        "export.audit.column.after"};
    /** Widest a column grows, in characters (a Chinese character is two); longer texts wrap. */
    private static final int[] MAX_WIDTH = {10, 20, 20, 14, 16, 32, 40, 60, 60};
    private static final boolean[] WRAPS = {false, false, false, false, false, true, true, true, true};
    /** "yyyy-mm-dd hh:mm:ss" in Excel's notation: mm after hh means minutes. */
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final AuditService audit;

    public AuditExcelExport(AuditService audit) {
        this.audit = audit;
    }

    /**
     * Writes the events of {@code filter} to {@code target} and records the export (EXPORT event
     * with the filter, format and count, and {@code purpose}).
     *
     * @param locale the language of headers and labels
     * @throws org.integritydesk.service.ServiceException {@code error.access.denied} without
     *         VIEW_AUDIT, {@code error.audit.tooManyToExport}, {@code error.audit.datesReversed},
     *         {@code error.file.*}; in each case nothing is written
     */
    public ExportResult export(AuditFilter filter, Locale locale, String purpose, Path target) {
        ExportInfo info = audit.exportInfo(filter, locale);
        Messages messages = new Messages(locale);
        long[] written = {0};
        AtomicFiles.write(target, out -> {
            written[0] = writeWorkbook(filter, info, messages, out);
            audit.recordExport(filter, ExportFormat.XLSX, written[0], purpose);
        });
        return new ExportResult(target.toAbsolutePath(), written[0]);
    }

    private long writeWorkbook(AuditFilter filter, ExportInfo info, Messages messages, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(messages.get("export.audit.info.title"));
            properties.setCreator(AuditText.maskIdNumbers(info.exportedBy()));
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(messages.get("export.audit.sheet"));
            int[] widths = new int[HEADERS.length];
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                String text = messages.get(HEADERS[c]);
                Cell cell = header.createCell(c);
                cell.setCellValue(text);
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(text) + 3;   // room for the filter button
            }
            int[] next = {1};
            long count = audit.forEachExportable(filter, page -> {
                for (AuditEvent event : page) {
                    writeRow(sheet.createRow(next[0]++), event, info.zone(), messages, styles, widths);
                }
            });
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH[c]) + 1) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, next[0] - 1, 0, HEADERS.length - 1));
            printOnA4Landscape(sheet);
            writeInfoSheet(workbook.createSheet(messages.get("export.audit.infoSheet")), info, count, messages, styles);
            workbook.write(out);
            return count;
        } finally {
            // dispose() before close(): after a failure rows are still pending, and close() alone would
            // try to flush them into the temporary file it has just closed (and log a warning)
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeRow(Row row, AuditEvent event, ZoneId zone, Messages messages, Styles styles, int[] widths) {
        Cell sequence = row.createCell(SEQUENCE);
        sequence.setCellValue(event.sequence());
        sequence.setCellStyle(styles.integer);
        widths[SEQUENCE] = Math.max(widths[SEQUENCE], Long.toString(event.sequence()).length());
        Cell time = row.createCell(TIME);
        time.setCellValue(localTime(event.occurredAt(), zone));
        time.setCellStyle(styles.time);
        widths[TIME] = Math.max(widths[TIME], TIME_FORMAT.length());
        text(row, ACTOR, event.actor(), styles, widths);
        text(row, KIND, event.kind() == null ? messages.get("export.audit.unknownKind") : messages.label(event.kind()),
                styles, widths);
        text(row, RECORD_TYPE, AuditRecordType.ofCode(event.recordType()).map(messages::label).orElse(event.recordType()),
                styles, widths);
        text(row, RECORD, event.recordLabel(), styles, widths);
        text(row, PURPOSE, event.purpose(), styles, widths);
        text(row, BEFORE, event.before(), styles, widths);
        text(row, AFTER, event.after(), styles, widths);
    }

    private static void text(Row row, int column, String value, Styles styles, int[] widths) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String masked = cellText(AuditText.maskIdNumbers(value));
        Cell cell = row.createCell(column);
        cell.setCellValue(masked);
        cell.setCellStyle(WRAPS[column] ? styles.wrapped : styles.text);
        widths[column] = Math.max(widths[column], Math.min(displayWidth(masked), MAX_WIDTH[column]));
    }

    private static void writeInfoSheet(SXSSFSheet sheet, ExportInfo info, long count, Messages messages, Styles styles) {
        Row title = sheet.createRow(0);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(messages.get("export.audit.info.title"));
        titleCell.setCellStyle(styles.header);
        infoRow(sheet, 1, messages.get("export.audit.info.bureau"), styles).setCellValue(info.bureauName());
        Cell filter = infoRow(sheet, 2, messages.get("export.audit.info.filter"), styles);
        filter.setCellValue(cellText(AuditText.maskIdNumbers(info.filterText())));
        filter.setCellStyle(styles.wrapped);
        Cell events = infoRow(sheet, 3, messages.get("export.audit.info.events"), styles);
        events.setCellValue(count);
        events.setCellStyle(styles.integerLeft);
        Cell at = infoRow(sheet, 4, messages.get("export.audit.info.exportedAt"), styles);
        at.setCellValue(localTime(info.exportedAt(), info.zone()));
        at.setCellStyle(styles.timeLeft);
        infoRow(sheet, 5, messages.get("export.audit.info.exportedBy"), styles)
                .setCellValue(AuditText.maskIdNumbers(info.exportedBy()));
        Cell order = infoRow(sheet, 6, messages.get("export.audit.info.order"), styles);
        order.setCellValue(messages.get("export.audit.info.orderValue"));
        order.setCellStyle(styles.wrapped);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    /** Printed from Excel: A4 landscape, as wide as the page, the header row on every page. */
    private static void printOnA4Landscape(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** A row with its label in column A; returns the value cell in column B. */
    private static Cell infoRow(SXSSFSheet sheet, int index, String label, Styles styles) {
        Row row = sheet.createRow(index);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label);
        Cell value = row.createCell(1);
        value.setCellStyle(styles.text);
        return value;
    }

    /**
     * Excel stores wall-clock times without a zone: the office's local time, to the second as the
     * PDF shows it (Excel would round the stored microseconds where the PDF cuts them off).
     */
    static LocalDateTime localTime(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Cuts a text Excel would refuse to its limit, marking the cut. */
    static String cellText(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * The width of a text in Excel's character units: East Asian wide characters (Chinese, Japanese,
     * Korean, full-width forms) take two, everything else one. Only the longest line counts.
     */
    static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                width += isWide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The cell styles of one workbook (a workbook holds at most 64,000 styles: made once, shared). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle label;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle integer;
        final CellStyle integerLeft;
        final CellStyle time;
        final CellStyle timeLeft;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            short integerFormat = workbook.createDataFormat().getFormat("0");
            short timeFormat = workbook.createDataFormat().getFormat(TIME_FORMAT);
            integer = workbook.createCellStyle();
            integer.setDataFormat(integerFormat);
            integer.setVerticalAlignment(VerticalAlignment.TOP);
            integerLeft = workbook.createCellStyle();
            integerLeft.cloneStyleFrom(integer);
            integerLeft.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            time = workbook.createCellStyle();
            time.setDataFormat(timeFormat);
            time.setVerticalAlignment(VerticalAlignment.TOP);
            timeLeft = workbook.createCellStyle();
            timeLeft.cloneStyleFrom(time);
            timeLeft.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        }
    }
}
