package org.integritydesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.integritydesk.service.AtomicFiles;

/**
 * Writes a table (headers and rows of values) to .xlsx or to CSV. In the workbook numbers are
 * number cells, dates date cells, the header row bold and frozen with an auto-filter, and column
 * widths fit the text (a Chinese character counts twice). The CSV is UTF-8 with a byte-order mark,
 * so Excel on a Chinese Windows opens it as UTF-8, with CRLF line ends; a text that Excel would take
 * for a formula (=, +, -, @ first) is written with a leading apostrophe. Files are written beside
 * the target and renamed into place, so a failure leaves no half file.
 *
 * <p>A value is a {@link String}, a {@link Number}, a {@link LocalDate}, a {@link LocalDateTime},
 * a {@link Boolean} or null; {@link #typed(String)} turns a text shown on screen into one.
 */
public final class TableWriter {
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final int MAX_WIDTH = 60;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
    /**
     * Counts, hours and scores: at most five digits before the point, no leading zero. Longer digit
     * runs are codes (unit codes, phone and ID numbers) and stay text, as do "007" and "1,000".
     */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,4})(\\.\\d{1,4})?");

    /** A table: its sheet name, column headers, and rows of values in column order. */
    public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {
    }

    private TableWriter() {
    }

    /** The value a text shown in a table cell stands for: a number, a date, a date-time, or the text. */
    public static Object typed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (DATE.matcher(t).matches()) {
                return LocalDate.parse(t);
            }
            if (TIME.matcher(t).matches()) {
                return LocalDateTime.parse(t.replace(' ', 'T'));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return t;
        }
        if (NUMBER.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        return t;
    }

    public static void writeXlsx(Table table, Path target) {
        AtomicFiles.write(target, out -> writeXlsx(table, out));
    }

    public static void writeCsv(Table table, Path target) {
        AtomicFiles.write(target, out -> writeCsv(table, out));
    }

    static void writeXlsx(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat(TIME_FORMAT));
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(table.sheetName()));
            int columns = table.headers().size();
            int[] widths = new int[columns];
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
                widths[c] = AuditExcelExport.displayWidth(table.headers().get(c)) + 3;
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns && c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    int width;
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        width = n.toString().length();
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                        width = DATE_FORMAT.length();
                    } else if (value instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(time);
                        width = TIME_FORMAT.length();
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b ? "是" : "否");
                        width = 2;
                    } else {
                        String text = AuditExcelExport.cellText(value.toString());
                        cell.setCellValue(text);
                        width = AuditExcelExport.displayWidth(text);
                    }
                    widths[c] = Math.max(widths[c], Math.min(width, MAX_WIDTH));
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 1) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(table.headers().stream().map(TableWriter::csvText).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(TableWriter::csvValue).toList());
        }
        printer.flush();
        writer.flush();
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return csvText(value.toString());
    }

    /** A text Excel would run as a formula gets a leading apostrophe (CSV injection). */
    static String csvText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
    static String safeSheetName(String name) {
        String cleaned = (name == null || name.isBlank() ? "Sheet1" : name).replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
