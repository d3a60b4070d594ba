package org.integritydesk.ui.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityFilter;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityRules;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ResponsibilityService;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.UnitFilter;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 责任分解 tab: a year's tasks loaded in the background and filtered in memory (unit, status with
 * overdue, search text); the selected task's quarterly progress grid, the editor of one quarter's
 * entry (完成 / 未完成, 落实情况) and that entry's evidence files; copying last year's tasks, deleting
 * and printing the 责任分解表 as shown.
 */
public final class ResponsibilityListViewModel {
    /** One line of the progress grid: a quarter and its entry, if recorded. */
    public record ProgressRow(Quarter quarter, ResponsibilityProgress entry) {
    }

    private final ResponsibilityService service;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final PreviewOpener preview;
    private final AttachmentsViewModel evidence;
    private final ErrorDescriber describer;
    private final boolean mayDefine;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final UnitFilter unitFilter;
    private final ObjectProperty<ResponsibilityStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<ResponsibilityTask> all = FXCollections.observableArrayList();
    private final FilteredList<ResponsibilityTask> visible = new FilteredList<>(all);
    private final ObjectProperty<ResponsibilityTask> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProgressRow> progressRows = FXCollections.observableArrayList();
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<ProgressResult> result = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> progressErrors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper mayRecord = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private LocalDate today = LocalDate.now();
    private UUID keep;
    private boolean filling;

    public ResponsibilityListViewModel(ResponsibilityService service, UnitService units, TaskRunner tasks,
            DialogService dialogs, Messages messages, PreviewOpener preview, AttachmentsViewModel evidence,
            boolean mayDefine, int thisYear) {
        this.service = service;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        // reloading keeps the selected task and fills the progress editor with it as stored now
        conflicts.reloadWith(this::reload);
        this.preview = preview;
        this.evidence = evidence;
        this.mayDefine = mayDefine;
        this.describer = new ErrorDescriber(messages);
        this.unitFilter = new UnitFilter(messages);
        year.set(thisYear);
        years.add(thisYear);
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                reload();
            }
        });
        unitFilter.chosenProperty().addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        searchText.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, task) -> showSelected(task));
        quarter.addListener((o, a, q) -> fillEditor());
        note.addListener((o, a, b) -> progressErrors.remove("note"));
        result.addListener((o, a, b) -> progressErrors.remove("result"));
    }

    private record Snapshot(UnitTree tree, List<Integer> years, List<ResponsibilityTask> tasks, LocalDate today) {
    }

    /** Loads the units, the years and the chosen year's tasks in the background; keeps the selection. */
    public void reload() {
        keep = selected.get() == null ? keep : selected.get().id();
        int wanted = year.get();
        tasks.submit(ctx -> new Snapshot(units.tree(), service.years(), service.list(wanted), service.today()), s -> {
            if (year.get() != wanted) {
                return;
            }
            today = s.today();
            unitFilter.useTree(s.tree());
            List<Integer> choices = new ArrayList<>(s.years());
            if (!choices.contains(wanted)) {
                choices.add(wanted);
                choices.sort(java.util.Comparator.reverseOrder());
            }
            if (!years.equals(choices)) {
                years.setAll(choices);
            }
            all.setAll(s.tasks());
            applyFilter();
            ResponsibilityTask again = keep == null ? null
                    : all.stream().filter(t -> t.id().equals(keep)).findFirst().orElse(null);
            selected.set(null);
            selected.set(again);
            loaded.set(true);
        }, failure -> dialogs.showError(messages.get("responsibility.list.loadFailed"), describer.describe(failure)));
    }

    /** Selects a task by its id once loaded (the home tab's to-do opens it). */
    public void select(UUID taskId) {
        keep = taskId;
        all.stream().filter(t -> t.id().equals(taskId)).findFirst().ifPresent(selected::set);
    }

    public ResponsibilityFilter filter() {
        return new ResponsibilityFilter(year.get(), unitFilter.unitIds(), statusFilter.get(), searchText.get());
    }

    /** The filter in words, for the printout's heading. */
    public String filterText() {
        List<String> parts = new ArrayList<>();
        if (unitFilter.chosenProperty().get() != null) {
            parts.add(messages.get("responsibility.filterText.unit", unitFilter.chosenProperty().get().name()));
        }
        if (statusFilter.get() != null) {
            parts.add(messages.label(statusFilter.get()));
        }
        if (searchText.get() != null && !searchText.get().isBlank()) {
            parts.add(messages.get("responsibility.filterText.search", searchText.get().strip()));
        }
        return String.join("；", parts);
    }

    void applyFilter() {
        visible.setPredicate(filter().predicate(today));
        long done = all.stream().filter(t -> t.status(today) == ResponsibilityStatus.COMPLETED).count();
        long overdue = all.stream().filter(t -> t.status(today) == ResponsibilityStatus.OVERDUE).count();
        status.set(messages.get("responsibility.list.count", visible.size(), all.size(), done, overdue));
    }

    private void showSelected(ResponsibilityTask task) {
        progressRows.clear();
        progressErrors.clear();
        if (task == null) {
            mayRecord.set(false);
            filling = true;
            quarter.set(null);
            filling = false;
            fillEditor();
            return;
        }
        keep = task.id();
        for (Quarter q : Quarter.values()) {
            progressRows.add(new ProgressRow(q, task.progressOf(q).orElse(null)));
        }
        mayRecord.set(false);
        tasks.submit(ctx -> service.mayRecord(task), may -> {
            if (selected.get() == task) {
                mayRecord.set(may);
                fillEditor();
            }
        }, failure -> mayRecord.set(false));
        Quarter wanted = task.year() == today.getYear() ? Quarter.of(today)
                : task.year() < today.getYear() ? Quarter.Q4 : Quarter.Q1;
        if (quarter.get() == wanted) {
            fillEditor();
        } else {
            quarter.set(wanted);
        }
    }

    /** Puts the chosen quarter's entry (or an empty one) into the editor, and its evidence files beside it. */
    private void fillEditor() {
        if (filling) {
            return;
        }
        progressErrors.clear();
        ResponsibilityTask task = selected.get();
        ResponsibilityProgress entry = task == null || quarter.get() == null ? null
                : task.progressOf(quarter.get()).orElse(null);
        result.set(entry == null ? null : entry.result());
        note.set(entry == null ? "" : entry.note());
        evidence.show(entry == null ? null : entry.id(), mayRecord.get());
    }

    /** Saves the editor's entry for the selected task in the background; broken rules show beside the fields. */
    public void saveProgress() {
        ResponsibilityTask task = selected.get();
        if (task == null || saving.get()) {
            return;
        }
        progressErrors.clear();
        for (FieldError error : ResponsibilityRules.checkProgress(task.year(), quarter.get(), result.get(), note.get(),
                today)) {
            progressErrors.putIfAbsent(error.field(), messages.of(error));
        }
        if (!progressErrors.isEmpty()) {
            return;
        }
        Quarter q = quarter.get();
        int version = task.progressOf(q).map(ResponsibilityProgress::version).orElse(0);
        ProgressResult r = result.get();
        String text = note.get();
        saving.set(true);
        tasks.submit(ctx -> service.recordProgress(task.id(), q, r, text, version), saved -> {
            saving.set(false);
            int at = all.indexOf(task);
            if (at >= 0) {
                all.set(at, saved);
            }
            applyFilter();
            selected.set(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> progressErrors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("responsibility.progress.saveFailed"))) {
                dialogs.showError(messages.get("responsibility.progress.saveFailed"), describer.describe(failure));
                reload();
            }
        });
    }

    /** Copies last year's tasks into the chosen year, after a confirmation. */
    public void copyLastYear() {
        int to = year.get();
        int from = to - 1;
        if (!dialogs.confirm(messages.get("responsibility.copy.title"),
                messages.get("responsibility.copy.confirm", from, to))) {
            return;
        }
        tasks.submit(ctx -> service.copyYear(from, to), copied -> {
            dialogs.showInfo(messages.get("responsibility.copy.title"),
                    messages.get("responsibility.copy.done", copied, from, to));
            reload();
        }, failure -> dialogs.showError(messages.get("responsibility.copy.title"), describer.describe(failure)));
    }

    public void deleteSelected() {
        ResponsibilityTask task = selected.get();
        if (task == null || !dialogs.confirm(messages.get("responsibility.delete.title"),
                messages.get("responsibility.delete.confirm", task.text()))) {
            return;
        }
        tasks.submit(ctx -> {
            service.delete(task.id(), task.version());
            return null;
        }, done -> {
            keep = null;
            reload();
        }, failure -> {
            dialogs.showError(messages.get("responsibility.delete.title"), describer.describe(failure));
            reload();
        });
    }

    public void print() {
        ResponsibilityFilter shown = filter();
        String words = filterText();
        preview.open(messages.get("responsibility.print.title"),
                messages.get("responsibility.print.file", shown.year()),
                ctx -> service.print(shown, words, messages.locale()));
    }

    public void clearFilters() {
        searchText.set("");
        unitFilter.chosenProperty().set(null);
        statusFilter.set(null);
    }

    /** After the form saved a task: show its year and select it. */
    public void saved(ResponsibilityTask task) {
        keep = task.id();
        if (year.get() == task.year()) {
            reload();
        } else {
            year.set(task.year());
        }
    }

    public String quarterCell(ResponsibilityTask task, Quarter q) {
        return task.progressOf(q).map(p -> messages.label(p.result())).orElse("—");
    }

    public String statusLabel(ResponsibilityTask task) {
        return messages.label(task.status(today));
    }

    public boolean isOverdue(ResponsibilityTask task) {
        return task != null && task.status(today) == ResponsibilityStatus.OVERDUE;
    }

    public boolean isComplete(ResponsibilityTask task) {
        return task != null && task.status(today) == ResponsibilityStatus.COMPLETED;
    }

    public String recordedLabel(ProgressRow row) {
        return row.entry() == null ? "" : row.entry().recordedBy() + " " + row.entry().recordedOn();
    }

    public String label(Labelled value) {
        return value == null ? "" : messages.label(value);
    }

    public String choiceLabel(Labelled value) {
        return value == null ? messages.get("filter.all") : messages.label(value);
    }

    public String unitLabel(OrgUnit unit) {
        return unitFilter.label(unit);
    }

    public boolean mayDefine() {
        return mayDefine;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitFilter.choices();
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter.chosenProperty();
    }

    public ObjectProperty<ResponsibilityStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<ResponsibilityTask> visibleTasks() {
        return visible;
    }

    public ObjectProperty<ResponsibilityTask> selectedProperty() {
        return selected;
    }

    public ObservableList<ProgressRow> progressRows() {
        return progressRows;
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<ProgressResult> resultProperty() {
        return result;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> progressErrors() {
        return progressErrors;
    }

    public ReadOnlyBooleanProperty mayRecordProperty() {
        return mayRecord.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public AttachmentsViewModel evidence() {
        return evidence;
    }
}
