package org.integritydesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService;
import org.integritydesk.service.ServiceException;

/**
 * Reads a roster from .xlsx, .xls (Apache POI) or .csv (Apache Commons CSV) into {@link SheetData}:
 * the first sheet holding anything, its header row (the first of the top ten rows in which two or
 * more headers name a field, or are header names of the remembered mapping, so a title row above
 * it is skipped), and the rows below. A merged
 * cell's value is given to every cell it covers; a formula gives its value; a date-formatted number
 * is a date. A CSV is UTF-8 (with or without BOM), UTF-16 with BOM, or GBK (GB18030), told apart by
 * decoding strictly. Anything else is refused with one message saying why; nothing is changed.
 */
public final class SheetReader {
    /** Larger files are refused before they are opened (a roster of 20,000 rows is about 2 MB). */
    static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;

    /**
     * @throws ServiceException {@code import.error.*}: the file is missing, unreadable, not a
     *         spreadsheet, password-protected, empty, has no header row, in an unknown encoding, or
     *         too large
     */
    public SheetData read(Path file, java.util.Set<String> knownHeaders) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ServiceException("import.error.noFile", name);
        } catch (IOException e) {
            throw new ServiceException(e, "import.error.cannotRead", name, e.getMessage());
        }
        if (size == 0) {
            throw new ServiceException("import.error.empty", name);
        }
        if (size > MAX_BYTES) {
            throw new ServiceException("import.error.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return readCsv(file, name, knownHeaders);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            return readWorkbook(file, name, knownHeaders);
        }
        throw new ServiceException("import.error.unsupportedType", name);
    }

    private SheetData readWorkbook(Path file, String name, java.util.Set<String> knownHeaders) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                if (sheet.getPhysicalNumberOfRows() == 0) {
                    continue;
                }
                if (sheet.getLastRowNum() > CadreRosterService.MAX_ROWS + HEADER_SEARCH_ROWS) {
                    throw new ServiceException("import.error.tooManyRows", sheet.getLastRowNum(),
                            CadreRosterService.MAX_ROWS);
                }
                List<List<Object>> rows = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                int width = 0;
                for (Row row : sheet) {
                    width = Math.max(width, row.getLastCellNum());
                }
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        cells.add(value(row.getCell(c), evaluator));
                    }
                    rows.add(cells);
                    numbers.add(row.getRowNum() + 1);
                }
                fillMerged(sheet, rows, numbers);
                SheetData data = toSheetData(name, rows, numbers, knownHeaders);
                if (data != null) {
                    return data;
                }
            }
            throw new ServiceException("import.error.empty", name);
        } catch (EncryptedDocumentException e) {
            throw new ServiceException(e, "import.error.encrypted", name);
        } catch (ServiceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ServiceException(e, "import.error.notSpreadsheet", name);
        }
    }

    /** Gives the value of a merged region's top-left cell to every cell of the region. */
    private static void fillMerged(Sheet sheet, List<List<Object>> rows, List<Integer> numbers) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Object value = null;
            int top = numbers.indexOf(region.getFirstRow() + 1);
            if (top >= 0 && region.getFirstColumn() < rows.get(top).size()) {
                value = rows.get(top).get(region.getFirstColumn());
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                int index = numbers.indexOf(r + 1);
                if (index < 0) {
                    continue;
                }
                List<Object> cells = rows.get(index);
                for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < cells.size(); c++) {
                    cells.set(c, value);
                }
            }
        }
    }

    private static Object value(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                CellValue evaluated = evaluator.evaluate(cell);
                return evaluated == null ? null : switch (evaluated.getCellType()) {
                    case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(DateUtil.getLocalDateTime(evaluated.getNumberValue()))
                            : BigDecimal.valueOf(evaluated.getNumberValue());
                    case STRING -> text(evaluated.getStringValue());
                    case BOOLEAN -> evaluated.getBooleanValue();
                    default -> null;
                };
            } catch (RuntimeException e) {
                type = cell.getCachedFormulaResultType();
            }
        }
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
                    : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    private static Object date(LocalDateTime time) {
        return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate() : time;
    }

    private static String text(String value) {
        String t = value == null ? "" : value.strip();
        return t.isEmpty() ? null : t;
    }

    private SheetData readCsv(Path file, String name, java.util.Set<String> knownHeaders) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ServiceException(e, "import.error.cannotRead", name, e.getMessage());
        }
        String text = decode(bytes, name);
        if (text.indexOf('\0') >= 0) {
            throw new ServiceException("import.error.notSpreadsheet", name);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (number > CadreRosterService.MAX_ROWS + HEADER_SEARCH_ROWS + 1) {
                    throw new ServiceException("import.error.tooManyRows", text.lines().count(), CadreRosterService.MAX_ROWS);
                }
                List<Object> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(text(v)));
                rows.add(cells);
                numbers.add(number);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ServiceException(e, "import.error.badCsv", name, e.getMessage());
        }
        SheetData data = toSheetData(name, rows, numbers, knownHeaders);
        if (data == null) {
            throw new ServiceException("import.error.empty", name);
        }
        return data;
    }

    /** UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 (which reads GBK); strict, so a wrong guess fails. */
    static String decode(byte[] bytes, String name) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, Charset.forName("GB18030"), name);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        try {
            String text = decodeStrictly(bytes, offset, charset);
            // GB18030 maps almost every byte pair somewhere: a text with control or unassigned
            // characters was not text in this encoding, nor was one where more than one in twenty
            // characters is private-use (a few are allowed: rare characters of names are often typed
            // in GBK's user-defined area)
            long odd = text.codePoints().filter(cp -> !Character.isDefined(cp)
                    || Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t').count();
            long wide = text.codePoints().filter(cp -> cp > 0x7F).count();
            long privateUse = text.codePoints().filter(cp -> Character.getType(cp) == Character.PRIVATE_USE).count();
            if (odd > 0 || privateUse * 20 > wide) {
                throw new ServiceException("import.error.encoding", name);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ServiceException(e, "import.error.encoding", name);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** Comma unless the first line has more tabs or semicolons (a sheet saved as "text" uses tabs). */
    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Finds the header row among the first non-empty rows; null when the rows hold nothing. */
    private static SheetData toSheetData(String name, List<List<Object>> rows, List<Integer> numbers,
            java.util.Set<String> knownHeaders) {
        int seen = 0;
        int headerIndex = -1;
        boolean anything = false;
        for (int i = 0; i < rows.size() && seen < HEADER_SEARCH_ROWS; i++) {
            if (isEmpty(rows.get(i))) {
                continue;
            }
            anything = true;
            seen++;
            List<String> texts = headerTexts(rows.get(i));
            long known = texts.stream().filter(t -> !t.isEmpty() && knownHeaders.contains(t)).count();
            if (ImportMapping.suggest(texts).columns().size() >= 2 || known >= 2) {
                headerIndex = i;
                break;
            }
        }
        if (!anything) {
            return null;
        }
        if (headerIndex < 0) {
            throw new ServiceException("import.error.noHeader", name);
        }
        List<String> headers = headerTexts(rows.get(headerIndex));
        List<SheetData.Row> data = new ArrayList<>();
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            if (!isEmpty(rows.get(i))) {
                data.add(new SheetData.Row(numbers.get(i), rows.get(i)));
            }
        }
        return new SheetData(name, numbers.get(headerIndex), headers, data);
    }

    private static List<String> headerTexts(List<Object> cells) {
        List<String> headers = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            headers.add(cell == null ? "" : cell instanceof BigDecimal n ? n.toPlainString() : cell.toString().strip());
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        return headers;
    }

    private static boolean isEmpty(List<Object> cells) {
        return cells.stream().allMatch(c -> c == null || c instanceof String s && s.isBlank());
    }
}
