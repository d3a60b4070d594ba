package org.integritydesk.ui.commitment;

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
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordSearch;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.UnitFilter;

/**
 * The 廉政承诺书 tab: one year's commitments loaded in the background, then searched and filtered
 * (unit, signed or not) in memory; generating a unit's commitments for the year.
 */
public final class CommitmentListViewModel {
    static final int YEARS_BACK = 10;

    private final CommitmentService commitments;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber errors;

    private final ObservableList<CommitmentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CommitmentSummary> visible = new FilteredList<>(all);
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<SignedFilter> signedFilter = new SimpleObjectProperty<>(SignedFilter.ALL);
    private final ObjectProperty<CommitmentSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final UnitFilter unitFilter;
    private final boolean mayChange;

    public CommitmentListViewModel(CommitmentService commitments, UnitService units, TaskRunner tasks,
            DialogService dialogs, Messages messages, int currentYear, boolean mayChange) {
        this.commitments = commitments;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
        this.unitFilter = new UnitFilter(messages);
        this.mayChange = mayChange;
        // next year too: commitments are often made in December for the coming year
        IntStream.rangeClosed(-1, YEARS_BACK - 1).forEach(i -> yearChoices.add(currentYear - i));
        year.set(currentYear);
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                reload();
            }
        });
        searchText.addListener((o, a, b) -> applyFilter());
        unitFilter.chosenProperty().addListener((o, a, b) -> applyFilter());
        signedFilter.addListener((o, a, b) -> applyFilter());
    }

    private record Snapshot(UnitTree tree, List<CommitmentSummary> rows) {
    }

    public void reload() {
        int shownYear = year.get();
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> new Snapshot(units.tree(), commitments.list(shownYear)), snapshot -> {
            unitFilter.useTree(snapshot.tree());
            all.setAll(snapshot.rows());
            applyFilter();
            if (keep != null) {
                all.stream().filter(m -> m.id().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, failure -> dialogs.showError(messages.get("commitment.list.loadFailed"), errors.describe(failure)));
    }

    void applyFilter() {
        RecordSearch search = new RecordSearch(searchText.get());
        Set<UUID> unitIds = unitFilter.unitIds();
        SignedFilter signed = signedFilter.get() == null ? SignedFilter.ALL : signedFilter.get();
        visible.setPredicate(m -> (unitIds == null || unitIds.contains(m.unitId())) && signed.accepts(m.isSigned())
                && search.matches(m));
        long signedCount = visible.stream().filter(CommitmentSummary::isSigned).count();
        status.set(messages.get("commitment.list.count", visible.size(), signedCount, visible.size() - signedCount,
                all.size()));
    }

    /**
     * Generates the year's commitments for the unit chosen in the filter (and the units below),
     * after the user confirms; tells how many were added and how many cadres already had one.
     */
    public void generate() {
        OrgUnit unit = unitFilter.chosenProperty().get();
        String title = messages.get("commitment.generate.title");
        if (unit == null) {
            dialogs.showInfo(title, messages.get("commitment.generate.chooseUnit"));
            return;
        }
        int forYear = year.get();
        if (!dialogs.confirm(title, messages.get("commitment.generate.confirm", unit.name(), forYear))) {
            return;
        }
        tasks.submit(ctx -> commitments.generate(unit.id(), forYear), done -> {
            dialogs.showInfo(title, messages.get("commitment.generate.done", done.added(), done.alreadyThere()));
            reload();
        }, failure -> dialogs.showError(messages.get("commitment.generate.failed"), errors.describe(failure)));
    }

    public void deleteSelected() {
        CommitmentSummary m = selected.get();
        if (m == null || !dialogs.confirm(messages.get("commitment.delete.title"),
                messages.get("commitment.delete.confirm", m.cadreName(), m.year()))) {
            return;
        }
        tasks.submit(ctx -> {
            commitments.delete(m.id(), m.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, failure -> {
            dialogs.showError(messages.get("commitment.delete.failed"), errors.describe(failure));
            reload();
        });
    }

    public void clearFilters() {
        searchText.set("");
        unitFilter.chosenProperty().set(null);
        signedFilter.set(SignedFilter.ALL);
    }

    public List<UUID> shownIds() {
        return visible.stream().map(CommitmentSummary::id).toList();
    }

    public String unitLabel(OrgUnit unit) {
        return unitFilter.label(unit);
    }

    public String signedLabel(SignedFilter filter) {
        return filter == null ? "" : messages.get(filter.key());
    }

    public String signedOn(CommitmentSummary m) {
        return m.signedOn() == null ? messages.get("commitment.notSigned") : m.signedOn().toString();
    }

    public ObservableList<CommitmentSummary> visibleCommitments() {
        return visible;
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

    public ObjectProperty<SignedFilter> signedFilterProperty() {
        return signedFilter;
    }

    public ObjectProperty<CommitmentSummary> selectedProperty() {
        return selected;
    }

    /** Whether the user's role may add, change or delete these records (a leader only reads). */
    public boolean mayChange() {
        return mayChange;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
