package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.SheetImport.Checked;
import org.integritydesk.ui.common.SheetImport.Done;
import org.integritydesk.ui.common.SheetImport.Line;

/**
 * The steps of every spreadsheet import window ({@link SheetImport}: roster, attendance, ballot totals): read a file, map its
 * columns (suggested from the header names, changeable), preview every row with what it would do and
 * why not, import all valid rows or nothing at the user's choice after a confirmation, and save the
 * rejected rows with their reasons as a workbook. The work runs off the JavaFX thread and can be
 * cancelled; a cancelled or failed import changes nothing.
 */
public final class SheetImportViewModel<F> {
    private final SheetImport<F> source;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty filePath = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObjectProperty<Map<F, Integer>> mapping = new SimpleObjectProperty<>(Map.of());
    private final ObservableList<Line> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSaveRejected = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    private SheetData sheet;
    private Checked preview;
    private List<Line> rejected = List.of();
    private TaskRunner.Handle running;
    private Runnable onImported = () -> { };

    public SheetImportViewModel(SheetImport<F> source, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        mapping.addListener((o, a, b) -> {
            preview = null;
            previewRows.clear();
            summary.set(missingText());
            updateStates();
        });
        allOrNothing.addListener((o, a, b) -> updateStates());
    }

    /** Called after an import changed the database (the tab reloads). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public String title() {
        return source.title();
    }

    public String hint() {
        return source.hint();
    }

    public String detailHeader() {
        return source.detailHeader();
    }

    /** Whether the file's columns are mapped by the user (else the import finds them by their names). */
    public boolean hasMapping() {
        return !source.fields().isEmpty();
    }

    public List<F> fields() {
        return source.fields();
    }

    /** Asks for a file and reads it. */
    public void chooseFile() {
        dialogs.askOpenFile(messages.get("import.dialog.chooseFile"), List.of("xlsx", "xls", "csv")).ifPresent(file -> {
            filePath.set(file.toString());
            readFile();
        });
    }

    /** Reads the file named in {@link #filePathProperty()}. */
    public void readFile() {
        String text = filePath.get() == null ? "" : filePath.get().strip();
        if (text.isEmpty()) {
            return;
        }
        Path file = Path.of(text);
        clear();
        run(ctx -> {
            SheetData read = source.read(file);
            return new Loaded<>(read, source.suggest(read));
        }, loaded -> {
            sheet = loaded.sheet();
            headers.setAll(sheet.headers());
            fileSummary.set(messages.get("import.dialog.fileRead", sheet.source(), sheet.rows().size(),
                    sheet.headerRowNumber()));
            mapping.set(Map.copyOf(loaded.mapping()));
            summary.set(missingText());
            updateStates();
        });
    }

    private record Loaded<F>(SheetData sheet, Map<F, Integer> mapping) {
    }

    /** The field column {@code column} feeds; null for none. */
    public F fieldAt(int column) {
        return mapping.get().entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Makes {@code column} feed {@code field} (null: nothing); the field's former column feeds nothing. */
    public void setField(int column, F field) {
        if (fieldAt(column) == field) {
            return;
        }
        Map<F, Integer> changed = new HashMap<>(mapping.get());
        changed.values().removeIf(c -> c == column);
        if (field != null) {
            changed.put(field, column);
        }
        mapping.set(Map.copyOf(changed));
    }

    /** Checks every row, changing nothing. */
    public void preview() {
        if (sheet == null) {
            return;
        }
        SheetData current = sheet;
        Map<F, Integer> chosen = mapping.get();
        run(ctx -> source.check(current, chosen, ctx), done -> {
            preview = done;
            previewRows.setAll(done.lines());
            rejected = done.lines().stream().filter(Line::rejected).toList();
            summary.set(done.summary());
            resultText.set("");
        });
    }

    /** Imports as previewed, after the user confirms. */
    public void importRows() {
        if (preview == null || sheet == null) {
            return;
        }
        boolean nothingIfRejected = allOrNothing.get();
        long bad = preview.rejected();
        String question = nothingIfRejected && bad > 0 ? messages.get("import.dialog.confirmNothing", bad)
                : preview.confirm();
        if (!dialogs.confirm(source.title(), question)) {
            return;
        }
        SheetData current = sheet;
        Map<F, Integer> chosen = mapping.get();
        run(ctx -> source.apply(current, chosen, nothingIfRejected, ctx), done -> {
            rejected = done.rejected();
            preview = null;
            resultText.set(done.text());
            if (done.changed()) {
                onImported.run();
            }
        });
    }

    /** Saves the rejected rows, with the reason in a column, where the user says. */
    public void saveRejected() {
        if (rejected.isEmpty() || sheet == null) {
            return;
        }
        String base = sheet.source().replaceFirst("\\.[^.]+$", "");
        Optional<Path> target = dialogs.askSaveFile(messages.get("import.dialog.saveRejectedTitle"),
                messages.get("import.dialog.rejectedFileName", base) + ".xlsx", "xlsx");
        SheetData current = sheet;
        List<RosterImport.Rejected> rows = rejected.stream()
                .map(l -> new RosterImport.Rejected(l.rowNumber(), l.problems())).toList();
        target.ifPresent(file -> run(ctx -> {
            RosterImport.writeRejectedRows(current, rows, messages, file);
            return file;
        }, saved -> dialogs.showInfo(source.title(),
                messages.get("import.dialog.rejectedSaved", rows.size(), saved.getFileName()))));
    }

    /** Stops the running step; an import stopped this way changes nothing. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public String fieldLabel(F field) {
        return field == null ? messages.get("import.dialog.notImported") : source.label(field);
    }

    private String missingText() {
        if (sheet == null || !hasMapping()) {
            return "";
        }
        List<F> missing = source.missing(mapping.get());
        if (missing.isEmpty()) {
            return messages.get("import.dialog.mappingReady");
        }
        return messages.get("import.dialog.missingColumns",
                String.join("、", missing.stream().map(f -> source.label(f).replace(" *", "")).toList()));
    }

    private void clear() {
        sheet = null;
        preview = null;
        rejected = List.of();
        headers.clear();
        previewRows.clear();
        summary.set("");
        resultText.set("");
        fileSummary.set("");
        updateStates();
    }

    private <T> void run(TaskRunner.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        progress.set(-1);
        updateStates();
        running = tasks.submit(work, value -> {
            busy.set(false);
            running = null;
            onSuccess.accept(value);
            updateStates();
        }, failure -> {
            busy.set(false);
            running = null;
            updateStates();
            if (failure instanceof CancellationException) {
                resultText.set(messages.get("import.error.cancelled"));
            } else {
                dialogs.showError(source.title(), new ErrorDescriber(messages).describe(failure));
            }
        }, progress::set);
    }

    private void updateStates() {
        boolean idle = !busy.get();
        canPreview.set(idle && sheet != null && source.missing(mapping.get()).isEmpty());
        canImport.set(idle && preview != null && (preview.changing() > 0 || preview.rejected() > 0 && allOrNothing.get()));
        canSaveRejected.set(idle && !rejected.isEmpty() && sheet != null);
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public ReadOnlyStringProperty fileSummaryProperty() {
        return fileSummary.getReadOnlyProperty();
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObjectProperty<Map<F, Integer>> mappingProperty() {
        return mapping;
    }

    public ObservableList<Line> previewRows() {
        return previewRows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public BooleanProperty allOrNothingProperty() {
        return allOrNothing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPreviewProperty() {
        return canPreview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveRejectedProperty() {
        return canSaveRejected.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
