package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import org.integritydesk.exchange.TableWriter;
import org.integritydesk.model.AuditText;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;

/**
 * "导出为 Excel / CSV" on a table's context menu: saves what the table shows (its visible columns
 * in their current order, its rows as filtered and sorted) to .xlsx or CSV. One line attaches it
 * ({@link #attach}); the view loader attaches it to every table of every view it loads. The rows
 * are copied on the JavaFX thread, then written and recorded in the audit trail off it. ID numbers
 * are written as the table shows them, and masked once more unless the user may see them whole.
 */
public final class TableExportMenu {
    /** Records an export in the audit trail (called off the JavaFX thread). */
    @FunctionalInterface
    public interface Recorder {
        void exported(String table, int rows, String fileName);
    }

    enum Format { XLSX, CSV }

    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Recorder recorder;
    private final java.util.function.BooleanSupplier maskIdNumbers;

    /** @param maskIdNumbers asked at each export: whether the signed-in user may not see ID numbers whole */
    public TableExportMenu(DialogService dialogs, TaskRunner tasks, Messages messages, Recorder recorder,
            java.util.function.BooleanSupplier maskIdNumbers) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.messages = messages;
        this.recorder = recorder;
        this.maskIdNumbers = maskIdNumbers;
    }

    /** Adds the two export items to the table's context menu (made if it has none). */
    public void attach(TableView<?> table, String name) {
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            menu = new ContextMenu();
            table.setContextMenu(menu);
        } else if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem xlsx = new MenuItem(messages.get("tableExport.xlsx"));
        xlsx.setOnAction(e -> export(table, name, Format.XLSX));
        MenuItem csv = new MenuItem(messages.get("tableExport.csv"));
        csv.setOnAction(e -> export(table, name, Format.CSV));
        menu.getItems().addAll(xlsx, csv);
    }

    void export(TableView<?> table, String name, Format format) {
        String extension = format == Format.XLSX ? "xlsx" : "csv";
        String title = messages.get("tableExport.title");
        dialogs.askSaveFile(title, messages.get("tableExport.fileName", LocalDate.now()) + "." + extension, extension)
                .ifPresent(target -> {
                    TableWriter.Table snapshot = snapshot(table, messages.get("tableExport.sheet"),
                            maskIdNumbers.getAsBoolean());
                    tasks.submit(ctx -> write(snapshot, format, target, name), rows ->
                            dialogs.showInfo(title, messages.get("tableExport.done", rows, target.getFileName())),
                            failure -> dialogs.showError(title, new ErrorDescriber(messages).describe(failure)));
                });
    }

    private int write(TableWriter.Table table, Format format, Path target, String name) {
        if (format == Format.XLSX) {
            TableWriter.writeXlsx(table, target);
        } else {
            TableWriter.writeCsv(table, target);
        }
        recorder.exported(name, table.rows().size(), target.getFileName().toString());
        return table.rows().size();
    }

    /**
     * What the table shows, copied: the visible leaf columns in display order (a nested column's
     * header is its parent's and its own), the rows in display order, each cell's value typed.
     * Call on the JavaFX thread.
     */
    static TableWriter.Table snapshot(TableView<?> table, String sheetName, boolean mask) {
        List<String> headers = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            headers.add(header(column));
        }
        List<List<Object>> rows = new ArrayList<>(table.getItems().size());
        for (int r = 0; r < table.getItems().size(); r++) {
            List<Object> values = new ArrayList<>(headers.size());
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                values.add(value(column.getCellData(r), mask));
            }
            rows.add(values);
        }
        return new TableWriter.Table(sheetName, headers, rows);
    }

    private static String header(TableColumnBase<?, ?> column) {
        String text = column.getText() == null ? "" : column.getText();
        TableColumnBase<?, ?> parent = column.getParentColumn();
        return parent == null ? text : (header(parent) + " " + text).strip();
    }

    private static Object value(Object cell, boolean mask) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof Number || cell instanceof LocalDate || cell instanceof java.time.LocalDateTime
                || cell instanceof Boolean) {
            return cell;
        }
        String text = cell.toString();
        return TableWriter.typed(mask ? AuditText.maskIdNumbers(text) : text);
    }
}
