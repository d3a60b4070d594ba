package org.integritydesk.ui.cadre;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSearch;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The cadre list of the 干部廉政档案 tab: every live cadre is loaded once in the background, then
 * search-as-you-type and the filters run in memory, so a keystroke never waits for the database.
 */
public final class CadreListViewModel {
    private final CadreService cadres;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber errors;

    private final ObservableList<CadreSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> visible = new FilteredList<>(all);
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CadreCategory> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CadreStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty importantOnly = new SimpleBooleanProperty();
    private final ObjectProperty<CadreSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private UnitTree tree = new UnitTree(List.of());

    public CadreListViewModel(CadreService cadres, UnitService units, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.cadres = cadres;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
        searchText.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        categoryFilter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        importantOnly.addListener((o, a, b) -> applyFilter());
    }

    /** Loads units and cadres in the background; keeps the selection if the cadre is still there. */
    public void reload() {
        loading.set(true);
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> new Snapshot(units.tree(), cadres.listCadres()), snapshot -> {
            tree = snapshot.tree();
            OrgUnit filter = unitFilter.get();
            unitChoices.setAll(tree.inDisplayOrder());
            unitFilter.set(filter == null ? null : tree.find(filter.id()).orElse(null));
            all.setAll(snapshot.cadres());
            applyFilter();
            loading.set(false);
            if (keep != null) {
                all.stream().filter(c -> c.id().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, failure -> {
            loading.set(false);
            dialogs.showError(messages.get("cadre.list.loadFailed"), errors.describe(failure));
        });
    }

    private record Snapshot(UnitTree tree, List<CadreSummary> cadres) {
    }

    void applyFilter() {
        visible.setPredicate(currentPredicate());
        status.set(messages.get("cadre.list.count", visible.size(), all.size()));
    }

    private Predicate<CadreSummary> currentPredicate() {
        CadreSearch search = new CadreSearch(searchText.get());
        Set<UUID> unitIds = unitFilter.get() == null ? null
                : tree.selfAndDescendants(unitFilter.get().id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
        CadreCategory category = categoryFilter.get();
        CadreStatus cadreStatus = statusFilter.get();
        boolean important = importantOnly.get();
        return c -> (unitIds == null || unitIds.contains(c.unitId()))
                && (category == null || c.category() == category)
                && (cadreStatus == null || c.status() == cadreStatus)
                && (!important || c.importantPosition())
                && search.matches(c);
    }

    /** Moves the selected cadre to the recycle bin after the user confirms. */
    public void deleteSelected(Runnable afterDelete) {
        CadreSummary cadre = selected.get();
        if (cadre == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("cadre.delete.title"), messages.get("cadre.delete.confirm", cadre.name()))) {
            return;
        }
        tasks.submit(ctx -> {
            cadres.delete(cadre.id(), cadre.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
            afterDelete.run();
        }, failure -> {
            dialogs.showError(messages.get("cadre.delete.failed"), errors.describe(failure));
            reload();
        });
    }

    public void clearFilters() {
        searchText.set("");
        unitFilter.set(null);
        categoryFilter.set(null);
        statusFilter.set(null);
        importantOnly.set(false);
    }

    public String unitLabel(OrgUnit unit) {
        return unit == null ? messages.get("filter.all") : tree.indentedName(unit);
    }

    public String categoryLabel(CadreCategory category) {
        return category == null ? messages.get("filter.all") : messages.get(category.messageKey());
    }

    public String statusLabel(CadreStatus cadreStatus) {
        return cadreStatus == null ? messages.get("filter.all") : messages.get(cadreStatus.messageKey());
    }

    public String yesNo(boolean value) {
        return messages.get(value ? "common.yes" : "common.no");
    }

    public ObservableList<CadreSummary> visibleCadres() {
        return visible;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<CadreCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<CadreStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty importantOnlyProperty() {
        return importantOnly;
    }

    public ObjectProperty<CadreSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The IDs of the units the list currently shows, for "print what is on screen". */
    public List<UUID> filteredUnitIds() {
        OrgUnit unit = unitFilter.get();
        List<OrgUnit> scope = unit == null ? tree.inDisplayOrder() : tree.selfAndDescendants(unit.id());
        return scope.stream().map(OrgUnit::id).toList();
    }
}
