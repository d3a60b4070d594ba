package org.integritydesk.ui.cadre;

import java.nio.file.Path;
import java.util.List;
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
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService.Outcome;
import org.integritydesk.service.CadreRosterService.Preview;
import org.integritydesk.service.CadreRosterService.Result;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 导入干部名册, step by step: a file is read, its columns mapped (the remembered mapping or one the
 * header names suggest, changeable), a preview lists every row with what it would do and why not,
 * then the import runs (all valid rows, or nothing when any is rejected) and the rejected rows can
 * be saved as a workbook. Reading, previewing, importing and saving run off the JavaFX thread with
 * progress, and can be cancelled; a cancelled or failed import changes nothing.
 */
public final class RosterImportViewModel {
    private final RosterImport importer;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty filePath = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>(ImportMapping.suggest(List.of()));
    private final ObservableList<RowPlan> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSaveRejected = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    private SheetData sheet;
    private Preview preview;
    private List<RowPlan> rejected = List.of();
    private TaskRunner.Handle running;
    private Runnable onImported = () -> { };

    public RosterImportViewModel(RosterImport importer, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.importer = importer;
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

    /** Called after an import changed the database (the list reloads). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /** Asks for a file and reads it. */
    public void chooseFile() {
        dialogs.askOpenFile(messages.get("import.dialog.chooseTitle"), List.of("xlsx", "xls", "csv"))
                .ifPresent(file -> {
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
            SheetData read = importer.read(file);
            return new Loaded(read, importer.mappingFor(read));
        }, loaded -> {
            sheet = loaded.sheet();
            headers.setAll(sheet.headers());
            fileSummary.set(messages.get("import.dialog.fileRead", sheet.source(), sheet.rows().size(),
                    sheet.headerRowNumber()));
            mapping.set(loaded.mapping());
        });
    }

    private record Loaded(SheetData sheet, ImportMapping mapping) {
    }

    /** The field column {@code column} feeds; null for none. */
    public ImportField fieldAt(int column) {
        return mapping.get().fieldAt(column).orElse(null);
    }

    public void setField(int column, ImportField field) {
        if (fieldAt(column) != field) {
            mapping.set(mapping.get().with(column, field));
        }
    }

    /** Checks every row against the database, changing nothing. */
    public void preview() {
        if (sheet == null) {
            return;
        }
        SheetData current = sheet;
        ImportMapping chosen = mapping.get();
        run(ctx -> importer.preview(current, chosen, ctx::progress, ctx::isCancelled), done -> {
            preview = done;
            previewRows.setAll(done.rows());
            rejected = done.rejected();
            summary.set(messages.get("import.dialog.previewSummary", done.count(Outcome.CREATE), done.count(Outcome.UPDATE),
                    done.count(Outcome.UNCHANGED), done.count(Outcome.REJECTED)));
            resultText.set("");
        });
    }

    /** Imports as previewed, after the user confirms. */
    public void importRows() {
        if (preview == null || sheet == null) {
            return;
        }
        boolean nothingIfRejected = allOrNothing.get();
        long bad = preview.count(Outcome.REJECTED);
        String question = nothingIfRejected && bad > 0 ? messages.get("import.dialog.confirmNothing", bad)
                : messages.get("import.dialog.confirm", preview.count(Outcome.CREATE), preview.count(Outcome.UPDATE), bad);
        if (!dialogs.confirm(messages.get("import.dialog.title"), question)) {
            return;
        }
        SheetData current = sheet;
        ImportMapping chosen = mapping.get();
        run(ctx -> importer.importRows(current, chosen, nothingIfRejected, ctx::progress, ctx::isCancelled), result -> {
            rejected = result.rejected();
            preview = null;
            resultText.set(resultMessage(result));
            if (!result.importedNothing()) {
                onImported.run();
            }
        });
    }

    private String resultMessage(Result result) {
        if (result.importedNothing()) {
            return messages.get("import.dialog.resultNothing", result.rejected().size());
        }
        return messages.get("import.dialog.result", result.created(), result.updated(), result.unchanged(),
                result.rejected().size());
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
        List<RowPlan> rows = rejected;
        target.ifPresent(file -> run(ctx -> {
            RosterImport.writeRejected(current, rows, messages, file);
            return file;
        }, saved -> dialogs.showInfo(messages.get("import.dialog.title"),
                messages.get("import.dialog.rejectedSaved", rows.size(), saved.getFileName()))));
    }

    /** Stops the running step; an import stopped this way changes nothing. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** A row's outcome in words. */
    public String outcomeText(RowPlan row) {
        return messages.get(switch (row.outcome()) {
            case CREATE -> "import.outcome.create";
            case UPDATE -> "import.outcome.update";
            case UNCHANGED -> "import.outcome.unchanged";
            case REJECTED -> "import.outcome.rejected";
        });
    }

    public String problemsText(RowPlan row) {
        return RosterImport.reasons(row, messages);
    }

    public String fieldLabel(ImportField field) {
        return field == null ? messages.get("import.dialog.notImported") : messages.label(field)
                + (field.required() ? " *" : "");
    }

    private String missingText() {
        if (sheet == null) {
            return "";
        }
        var missing = mapping.get().missingRequired();
        if (missing.isEmpty()) {
            return messages.get("import.dialog.mappingReady");
        }
        return messages.get("import.dialog.missingColumns", String.join("、", missing.stream().map(messages::label).toList()));
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
                dialogs.showError(messages.get("import.dialog.title"), new ErrorDescriber(messages).describe(failure));
            }
        }, progress::set);
    }

    private void updateStates() {
        boolean idle = !busy.get();
        canPreview.set(idle && sheet != null && mapping.get().missingRequired().isEmpty());
        canImport.set(idle && preview != null && (preview.count(Outcome.CREATE) + preview.count(Outcome.UPDATE) > 0
                || preview.count(Outcome.REJECTED) > 0 && allOrNothing.get()));
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

    public ObjectProperty<ImportMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<RowPlan> previewRows() {
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
