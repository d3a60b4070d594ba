package org.integritydesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.testing.IdNumbers;

/** Roster files for tests: rows of values written as .xlsx (with POI) or as CSV in an encoding. */
final class Rosters {
    static final List<String> HEADERS = List.of("序号", "姓名", "身份证号", "单位", "职务", "干部类别", "性别", "出生日期",
            "手机", "参加工作时间");

    private Rosters() {
    }

    /** A valid row: {@code n} picks the person (born 1970 + n % 30, a man for odd sequence numbers). */
    static List<Object> person(int n, String unit) {
        LocalDate birth = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
        String sequence = String.format("%03d", n % 1000);
        String id = IdNumbers.of("360821", birth, sequence);
        boolean man = (n % 1000) % 2 == 1;
        return new ArrayList<>(List.of(n, "干部" + chinese(n), id, unit, "科员", "一般干部", man ? "男" : "女", birth,
                "1380013" + String.format("%04d", n % 10000), birth.plusYears(22)));
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    static Path xlsx(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, workbook.createSheet("干部名册"), 0, headers, rows);
            workbook.write(out);
        }
        return file;
    }

    /** Many rows, streamed (the huge-sheet case). */
    static Path bigXlsx(Path file, int count) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                rows.add(person(i, "城关分局"));
            }
            fill(workbook, workbook.createSheet("干部名册"), 0, HEADERS, rows);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return file;
    }

    static void fill(Workbook workbook, Sheet sheet, int firstRow, List<String> headers, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(firstRow);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        int r = firstRow + 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    static Path csv(Path file, Charset charset, boolean bom, List<String> headers, List<List<Object>> rows)
            throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(v == null ? "" : v.toString());
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(file, bytes);
        return file;
    }
}
