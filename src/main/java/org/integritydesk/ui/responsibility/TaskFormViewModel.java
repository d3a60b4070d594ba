package org.integritydesk.ui.responsibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityDraft;
import org.integritydesk.model.ResponsibilityRules;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ResponsibilityService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The add / edit form of a responsibility task: category, task text, responsible unit, responsible
 * leading cadre (leading and middle-level cadres, those of the chosen unit first) and deadline, for
 * the year chosen in the list. Every change re-checks {@link ResponsibilityRules} and shows a Chinese
 * message beside each touched field.
 */
public final class TaskFormViewModel {
    public static final List<String> FIELDS = List.of("category", "text", "unit", "leader", "deadline");

    private final ResponsibilityService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final ErrorDescriber describer;
    private final UnitTree tree;
    private final List<CadreSummary> leaders;

    private final ObjectProperty<ResponsibilityCategory> category = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<CadreSummary> leader = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<CadreSummary> leaderChoices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private int year;
    private UUID editingId;
    private int editingVersion;
    private boolean loading;

    public TaskFormViewModel(ResponsibilityService service, TaskRunner tasks, DialogService dialogs, Messages messages,
            UnitTree tree, List<CadreSummary> cadres, int year) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.describer = new ErrorDescriber(messages);
        this.tree = tree;
        this.year = year;
        this.leaders = cadres.stream().filter(c -> c.deletedAt() == null)
                .filter(c -> c.category() == CadreCategory.LEADING || c.category() == CadreCategory.MIDDLE_LEVEL)
                .toList();
        title.set(messages.get("responsibility.form.titleNew", year));
        deadline.set(LocalDate.of(year, 12, 31));
        leaderChoices.setAll(leaders);
        watch("category", category);
        watch("text", text);
        watch("unit", unit);
        watch("leader", leader);
        watch("deadline", deadline);
        unit.addListener((o, a, chosen) -> orderLeaders(chosen));
    }

    /** The unit's own leaders first, then the others (a bureau leader may answer for a unit). */
    private void orderLeaders(OrgUnit chosen) {
        CadreSummary keep = leader.get();
        UUID unitId = chosen == null ? null : chosen.id();
        leaderChoices.setAll(leaders.stream().sorted(Comparator
                .comparing((CadreSummary c) -> !c.unitId().equals(unitId))
                .thenComparing(c -> c.category() != CadreCategory.LEADING)).toList());
        leader.set(keep);
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    /** Fills the form from a stored task; the version read now is the one the save checks. */
    public void edit(ResponsibilityTask task) {
        loading = true;
        try {
            editingId = task.id();
            editingVersion = task.version();
            year = task.year();
            title.set(messages.get("responsibility.form.titleEdit", task.year(), task.seq()));
            category.set(task.category());
            text.set(task.text());
            unit.set(tree.find(task.unitId()).orElse(null));
            leader.set(task.leaderId() == null ? null
                    : leaders.stream().filter(c -> c.id().equals(task.leaderId())).findFirst().orElse(null));
            deadline.set(task.deadline());
        } finally {
            loading = false;
        }
        revalidate();
    }

    public ResponsibilityDraft draft() {
        return new ResponsibilityDraft(year, category.get(), text.get(), unit.get() == null ? null : unit.get().id(),
                leader.get() == null ? null : leader.get().id(), deadline.get());
    }

    /** Called by the view when the date field holds text that is no date. */
    public void setDateUnreadable(String field, boolean unreadable) {
        boolean changed = unreadable ? unreadableDates.add(field) : unreadableDates.remove(field);
        if (changed) {
            touched.add(field);
            revalidate();
        }
    }

    private void revalidate() {
        errors.clear();
        for (FieldError error : ResponsibilityRules.check(draft())) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        for (String field : unreadableDates) {
            errors.put(field, messages.get("validation.date.format"));
        }
    }

    /** Saves in the background; broken rules appear beside the fields and nothing is saved. */
    public void save(Consumer<ResponsibilityTask> onSaved) {
        touched.addAll(FIELDS);
        revalidate();
        if (!errors.isEmpty() || saving.get()) {
            return;
        }
        ResponsibilityDraft draft = draft();
        UUID id = editingId;
        int version = editingVersion;
        saving.set(true);
        tasks.submit(ctx -> id == null ? service.create(draft) : service.update(id, version, draft), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("responsibility.form.saveFailed"))) {
                dialogs.showError(messages.get("responsibility.form.saveFailed"), describer.describe(failure));
            }
        });
    }

    public String errorSummary() {
        return errors.isEmpty() ? "" : messages.get("cadre.form.errorSummary", errors.size());
    }

    public String label(Labelled value) {
        return value == null ? "" : messages.label(value);
    }

    public String unitLabel(OrgUnit value) {
        return value == null ? "" : tree.indentedName(value);
    }

    public String leaderLabel(CadreSummary c) {
        return c == null ? "" : c.name() + "（" + c.unitName() + " " + c.position() + "）";
    }

    public List<OrgUnit> units() {
        return tree.inDisplayOrder();
    }

    public int year() {
        return year;
    }

    public javafx.collections.ObservableList<CadreSummary> leaderChoices() {
        return leaderChoices;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<ResponsibilityCategory> categoryProperty() {
        return category;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<CadreSummary> leaderProperty() {
        return leader;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
