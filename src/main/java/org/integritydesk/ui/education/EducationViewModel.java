package org.integritydesk.ui.education;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.EducationService.AttendanceInput;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The 教育活动 tab: a year's activities (searched and filtered in memory), the selected activity's
 * attendance list with what is being entered, and the year's totals per unit. Every read and write
 * runs through {@link TaskRunner}; nothing here touches the toolkit.
 */
public final class EducationViewModel {
    private final EducationService education;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final ErrorDescriber errors;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<ActivitySummary> all = FXCollections.observableArrayList();
    private final FilteredList<ActivitySummary> visible = new FilteredList<>(all);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ActivityKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<OrgUnit> unitFilter = new SimpleObjectProperty<>();
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();
    private UnitTree tree = new UnitTree(List.of());
    private final ObjectProperty<ActivitySummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    private final ObservableList<UnitEducationTotals> totals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attendanceStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Counts the list loads started, so that only the newest one's answer is shown. */
    private int loads;

    public EducationViewModel(EducationService education, UnitService units, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.education = education;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        // reloading reads the selected activity's attendance list again (typed lines are dropped)
        conflicts.reloadWith(this::loadAttendees);
        this.errors = new ErrorDescriber(messages);
        searchText.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                reload();
            }
        });
        selected.addListener((o, a, b) -> loadAttendees());
    }

    /** Loads the years, then the chosen year's activities (this year at first). */
    public void start() {
        tasks.submit(ctx -> units.tree(), loaded -> {
            tree = loaded;
            List<OrgUnit> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(loaded.inDisplayOrder());
            unitChoices.setAll(choices);
        }, this::showError);
        tasks.submit(ctx -> education.years(), list -> {
            years.setAll(list);
            if (year.get() == null && !list.isEmpty()) {
                year.set(list.get(0));
            } else {
                reload();
            }
        }, this::showError);
    }

    public void reload() {
        ActivitySummary current = selected.get();
        load(current == null ? null : current.id());
    }

    /**
     * Loads the chosen year's activities and then selects {@code select}, if it is among them.
     * Only the newest load is shown: one started earlier that answers later is dropped.
     */
    private void load(UUID select) {
        Integer chosen = year.get();
        if (chosen == null) {
            return;
        }
        int generation = ++loads;
        busy.set(true);
        tasks.submit(ctx -> education.activities(chosen), list -> {
            if (generation != loads) {
                return;
            }
            busy.set(false);
            all.setAll(list);
            applyFilter();
            selected.set(select == null ? null : all.stream().filter(a -> a.id().equals(select)).findFirst().orElse(null));
        }, failure -> {
            busy.set(false);
            showError(failure);
        });
    }

    /** The year's totals per unit, for the 单位统计 view. */
    public void loadTotals() {
        Integer chosen = year.get();
        if (chosen == null) {
            return;
        }
        tasks.submit(ctx -> education.unitTotals(chosen), totals::setAll, this::showError);
    }

    void applyFilter() {
        visible.setPredicate(predicate());
        status.set(messages.get("education.list.count", visible.size(), all.size()));
    }

    private Predicate<ActivitySummary> predicate() {
        String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        ActivityKind kind = kindFilter.get();
        Set<UUID> organisers = unitFilter.get() == null ? null : tree.selfAndDescendants(unitFilter.get().id()).stream()
                .map(OrgUnit::id).collect(Collectors.toSet());
        return a -> (kind == null || a.kind() == kind) && (organisers == null || organisers.contains(a.organiserUnitId()))
                && (text.isEmpty() || contains(a.title(), text)
                || contains(a.speaker(), text) || contains(a.place(), text) || contains(a.organiserName(), text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    /** The filter in words, for the printed list: "城关分局；党课；“警示”", or "全部" for none. */
    public String filterText() {
        List<String> parts = new ArrayList<>();
        if (unitFilter.get() != null) {
            parts.add(messages.get("education.filter.unitWithSubUnits", unitFilter.get().name()));
        }
        if (kindFilter.get() != null) {
            parts.add(messages.label(kindFilter.get()));
        }
        if (searchText.get() != null && !searchText.get().isBlank()) {
            parts.add(messages.get("education.filter.search", searchText.get().strip()));
        }
        return parts.isEmpty() ? messages.get("education.filter.everything") : String.join("；", parts);
    }

    private void loadAttendees() {
        ActivitySummary activity = selected.get();
        attendees.clear();
        attendanceStatus.set("");
        if (activity == null) {
            return;
        }
        tasks.submit(ctx -> education.attendees(activity.id()), list -> {
            if (activity.equals(selected.get())) {
                attendees.setAll(list.stream().map(AttendeeRow::new).toList());
                refreshAttendanceStatus();
            }
        }, this::showError);
    }

    void refreshAttendanceStatus() {
        long changed = attendees.stream().filter(AttendeeRow::isChanged).count();
        attendanceStatus.set(messages.get("education.attendance.count", attendees.size(), changed));
    }

    /** Marks everyone whose attendance is not yet entered as present. */
    public void markRestPresent() {
        attendees.stream().filter(r -> r.statusProperty().get() == null)
                .forEach(r -> r.statusProperty().set(AttendanceStatus.PRESENT));
        refreshAttendanceStatus();
    }

    public boolean hasUnsavedAttendance() {
        return attendees.stream().anyMatch(AttendeeRow::isChanged);
    }

    /** Saves every changed line at once; on a refusal nothing is saved and the entries stay. */
    public void saveAttendance() {
        ActivitySummary activity = selected.get();
        if (activity == null) {
            return;
        }
        List<AttendanceInput> inputs = attendees.stream().filter(AttendeeRow::isChanged)
                .map(r -> new AttendanceInput(r.stored().cadreId(), r.statusProperty().get(), r.reasonProperty().get(),
                        r.stored()))
                .toList();
        if (inputs.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.submit(ctx -> {
            education.recordAttendance(activity.id(), inputs);
            return inputs.size();
        }, saved -> {
            busy.set(false);
            status.set(messages.get("education.attendance.saved", saved));
            reload();
        }, failure -> {
            busy.set(false);
            if (!conflicts.handled(failure, messages.get("education.title"))) {
                showError(failure);
            }
        });
    }

    /** Adds the chosen people to the selected activity's list and tells how many were added. */
    public void addAttendees(AttendeeChoice choice) {
        ActivitySummary activity = selected.get();
        if (activity == null) {
            return;
        }
        tasks.submit(ctx -> education.addAttendees(activity.id(), choice), added -> {
            status.set(messages.get("education.attendees.added", added.added(), added.notInOffice()));
            reload();
            loadAttendees();
        }, this::showError);
    }

    public void removeAttendees(List<AttendeeRow> rows) {
        ActivitySummary activity = selected.get();
        if (activity == null || rows.isEmpty() || !dialogs.confirm(messages.get("education.attendees.removeTitle"),
                messages.get("education.attendees.removeConfirm", rows.size()))) {
            return;
        }
        List<UUID> ids = rows.stream().map(r -> r.stored().cadreId()).toList();
        tasks.submit(ctx -> {
            education.removeAttendees(activity.id(), ids);
            return null;
        }, done -> {
            reload();
            loadAttendees();
        }, this::showError);
    }

    public void deleteSelected() {
        ActivitySummary activity = selected.get();
        if (activity == null || !dialogs.confirm(messages.get("education.delete.title"),
                messages.get("education.delete.confirm", activity.title()))) {
            return;
        }
        tasks.submit(ctx -> {
            education.delete(activity.id(), activity.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, this::showError);
    }

    /** After the form saved an activity: show its year and select it. */
    public void showSaved(UUID activityId, int savedYear) {
        if (!years.contains(savedYear)) {
            years.add(savedYear);
            years.sort(Comparator.reverseOrder());
        }
        year.set(savedYear);
        load(activityId);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("education.title"), errors.describe(failure));
    }

    public String label(Labelled value) {
        return value == null ? messages.get("education.filter.all") : messages.label(value);
    }

    public String rate(AttendanceTally tally) {
        return tally.ratePercent().map(r -> r.toPlainString() + "%").orElse("—");
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public FilteredList<ActivitySummary> activities() {
        return visible;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ActivityKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter;
    }

    /** "全部单位" (null) first, then every unit in tree order. */
    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public String unitLabel(OrgUnit unit) {
        return unit == null ? messages.get("education.filter.allUnits") : tree.indentedName(unit);
    }

    public ObjectProperty<ActivitySummary> selectedProperty() {
        return selected;
    }

    public ObservableList<AttendeeRow> attendees() {
        return attendees;
    }

    public ObservableList<UnitEducationTotals> totals() {
        return totals;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attendanceStatusProperty() {
        return attendanceStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
