package org.integritydesk.ui.common;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.Messages;

/**
 * The unit filter of a list screen (talks, commitments): the units to choose from in display
 * order, the chosen one (none means all), and the ids of the chosen unit with the units below it.
 */
public final class UnitFilter {
    private final Messages messages;
    private final ObservableList<OrgUnit> choices = FXCollections.observableArrayList();
    private final ObjectProperty<OrgUnit> chosen = new SimpleObjectProperty<>();
    private UnitTree tree = new UnitTree(List.of());

    public UnitFilter(Messages messages) {
        this.messages = messages;
    }

    /** Takes freshly loaded units; keeps the chosen unit if it is still there, else chooses all. */
    public void useTree(UnitTree loaded) {
        tree = loaded;
        OrgUnit keep = chosen.get();
        choices.setAll(tree.inDisplayOrder());
        chosen.set(keep == null ? null : tree.find(keep.id()).orElse(null));
    }

    /** The chosen unit and the units below it, or {@code null} when no unit is chosen (all). */
    public Set<UUID> unitIds() {
        OrgUnit unit = chosen.get();
        return unit == null ? null
                : tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
    }

    /** "全部" for none, otherwise the unit's name indented by its depth. */
    public String label(OrgUnit unit) {
        return unit == null ? messages.get("filter.all") : tree.indentedName(unit);
    }

    public ObservableList<OrgUnit> choices() {
        return choices;
    }

    public ObjectProperty<OrgUnit> chosenProperty() {
        return chosen;
    }
}
