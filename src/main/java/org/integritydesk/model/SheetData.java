package org.integritydesk.model;

import java.util.List;

/**
 * A roster as read from a file: its header row and the rows below it. A cell holds a
 * {@link String}, a {@link java.math.BigDecimal}, a {@link java.time.LocalDate}, a
 * {@link java.time.LocalDateTime}, a {@link Boolean}, or null when empty. Row numbers are the
 * file's own (1-based, as Excel shows them), so a clerk can find the row.
 *
 * @param source the file's name, for the audit trail and the rejected-rows report
 */
public record SheetData(String source, int headerRowNumber, List<String> headers, List<Row> rows) {
    public SheetData {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row: its number in the file and its cells, one per header (missing ones null). */
    public record Row(int number, List<Object> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        public Object cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
