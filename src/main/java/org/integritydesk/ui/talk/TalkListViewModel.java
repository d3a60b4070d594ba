package org.integritydesk.ui.talk;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordSearch;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.UnitFilter;

/**
 * The 廉政谈话 tab: the talks of one year, loaded in the background and then searched and
 * filtered in memory, and beside them the cadres missing a pre-appointment talk (缺任前谈话),
 * filtered by the same unit.
 */
public final class TalkListViewModel {
    static final int YEARS_BACK = 10;

    private final TalkService talks;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber errors;

    private final ObservableList<TalkSummary> all = FXCollections.observableArrayList();
    private final FilteredList<TalkSummary> visible = new FilteredList<>(all);
    private final ObservableList<CadreSummary> allMissing = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> visibleMissing = new FilteredList<>(allMissing);
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<TalkKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TalkSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CadreSummary> selectedMissing = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingTitle = new ReadOnlyStringWrapper("");
    private final UnitFilter unitFilter;
    private final boolean mayChange;

    public TalkListViewModel(TalkService talks, UnitService units, TaskRunner tasks, DialogService dialogs,
            Messages messages, int currentYear, boolean mayChange) {
        this.talks = talks;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
        this.unitFilter = new UnitFilter(messages);
        this.mayChange = mayChange;
        IntStream.range(0, YEARS_BACK).forEach(i -> yearChoices.add(currentYear - i));
        year.set(currentYear);
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                reload();
            }
        });
        searchText.addListener((o, a, b) -> applyFilter());
        unitFilter.chosenProperty().addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
    }

    private record Snapshot(UnitTree tree, List<TalkSummary> talks, List<CadreSummary> missing) {
    }

    /** Loads the year's talks and the missing pre-appointment talks; keeps the selection if still there. */
    public void reload() {
        int shownYear = year.get();
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> new Snapshot(units.tree(), talks.listTalks(shownYear), talks.missingPreAppointmentTalks()),
                snapshot -> {
                    unitFilter.useTree(snapshot.tree());
                    all.setAll(snapshot.talks());
                    allMissing.setAll(snapshot.missing());
                    applyFilter();
                    if (keep != null) {
                        all.stream().filter(t -> t.id().equals(keep)).findFirst().ifPresent(selected::set);
                    }
                }, failure -> dialogs.showError(messages.get("talk.list.loadFailed"), errors.describe(failure)));
    }

    void applyFilter() {
        RecordSearch search = new RecordSearch(searchText.get());
        Set<UUID> unitIds = unitFilter.unitIds();
        TalkKind kind = kindFilter.get();
        visible.setPredicate(t -> (unitIds == null || unitIds.contains(t.unitId()))
                && (kind == null || t.kind() == kind) && search.matches(t));
        visibleMissing.setPredicate(c -> unitIds == null || unitIds.contains(c.unitId()));
        status.set(messages.get("talk.list.count", visible.size(), all.size()));
        missingTitle.set(messages.get("talk.missing.title", visibleMissing.size()));
    }

    /** Deletes the selected talk after the user confirms. */
    public void deleteSelected() {
        TalkSummary talk = selected.get();
        if (talk == null || !dialogs.confirm(messages.get("talk.delete.title"),
                messages.get("talk.delete.confirm", talk.cadreName()))) {
            return;
        }
        tasks.submit(ctx -> {
            talks.delete(talk.id(), talk.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, failure -> {
            dialogs.showError(messages.get("talk.delete.failed"), errors.describe(failure));
            reload();
        });
    }

    public void clearFilters() {
        searchText.set("");
        unitFilter.chosenProperty().set(null);
        kindFilter.set(null);
    }

    /** The talks the list shows, for "print what is on screen". */
    public List<UUID> shownTalkIds() {
        return visible.stream().map(TalkSummary::id).toList();
    }

    public String unitLabel(OrgUnit unit) {
        return unitFilter.label(unit);
    }

    public String kindLabel(TalkKind kind) {
        return kind == null ? messages.get("filter.all") : messages.label(kind);
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public ObservableList<TalkSummary> visibleTalks() {
        return visible;
    }

    public ObservableList<CadreSummary> visibleMissing() {
        return visibleMissing;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitFilter.choices();
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter.chosenProperty();
    }

    public ObjectProperty<TalkKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<TalkSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CadreSummary> selectedMissingProperty() {
        return selectedMissing;
    }

    /** Whether the user's role may add, change or delete these records (a leader only reads). */
    public boolean mayChange() {
        return mayChange;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingTitleProperty() {
        return missingTitle.getReadOnlyProperty();
    }
}
