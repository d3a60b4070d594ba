package org.integritydesk.ui.admin;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.UnitService.UnitDraft;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The unit tree (单位管理) with a form beside it: pick a unit to edit it, or start a new one
 * under the selected unit. Deleting a unit that has cadres or sub-units is refused by the service.
 */
public final class UnitsViewModel {
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber describer;
    private final SaveConflicts conflicts;
    private final ReadOnlyObjectWrapper<UnitTree> tree = new ReadOnlyObjectWrapper<>(new UnitTree(List.of()));
    private final ObjectProperty<OrgUnit> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.SUB_BUREAU);
    private final IntegerProperty sortOrder = new SimpleIntegerProperty();
    private final ObjectProperty<OrgUnit> parent = new SimpleObjectProperty<>();
    private OrgUnit editing;

    public UnitsViewModel(UnitService units, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.describer = new ErrorDescriber(messages);
        this.conflicts = new SaveConflicts(dialogs, messages);
        conflicts.reloadWith(this::reloadEditing);
        selected.addListener((o, a, unit) -> {
            if (unit != null) {
                startEditing(unit);
            }
        });
    }

    public void reload() {
        tasks.submit(ctx -> units.tree(), tree::set, this::showError);
    }

    private void startEditing(OrgUnit unit) {
        editing = unit;
        code.set(unit.code());
        name.set(unit.name());
        kind.set(unit.kind());
        sortOrder.set(unit.sortOrder());
        parent.set(unit.parentId() == null ? null : tree.get().find(unit.parentId()).orElse(null));
    }

    /** Clears the form for a new unit below the selected one (a department below a sub-bureau, etc.). */
    public void startNew() {
        OrgUnit under = selected.get();
        editing = null;
        parent.set(under);
        code.set(under == null ? "" : under.code());
        name.set("");
        kind.set(under != null && under.kind() == UnitKind.COUNTY_BUREAU ? UnitKind.SUB_BUREAU : UnitKind.DEPARTMENT);
        sortOrder.set(under == null ? 0 : tree.get().childrenOf(under.id()).size() + 1);
    }

    public void save() {
        UnitDraft draft = new UnitDraft(parent.get() == null ? null : parent.get().id(), code.get(), name.get(), kind.get(),
                sortOrder.get());
        OrgUnit current = editing;
        tasks.submit(ctx -> current == null ? units.create(draft) : units.update(current.id(), current.version(), draft),
                saved -> {
                    editing = saved;
                    reload();
                }, failure -> {
                    if (!conflicts.handled(failure, messages.get("unit.title"))) {
                        showError(failure);
                    }
                });
    }

    /** After a save conflict: reads the tree again and puts the unit being edited into the form as stored now. */
    private void reloadEditing() {
        UUID id = editing.id();
        tasks.submit(ctx -> units.tree(), fresh -> {
            tree.set(fresh);
            fresh.find(id).ifPresent(unit -> {
                selected.set(unit);
                startEditing(unit);
            });
        }, this::showError);
    }

    public void deleteSelected() {
        OrgUnit unit = selected.get();
        if (unit == null || !dialogs.confirm(messages.get("unit.delete.title"), messages.get("unit.delete.confirm", unit.name()))) {
            return;
        }
        tasks.submit(ctx -> {
            units.delete(unit.id(), unit.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, this::showError);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("unit.title"), describer.describe(failure));
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String kindLabel(UnitKind value) {
        return messages.label(value);
    }

    public ReadOnlyObjectProperty<UnitTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObjectProperty<OrgUnit> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public IntegerProperty sortOrderProperty() {
        return sortOrder;
    }

    public ObjectProperty<OrgUnit> parentProperty() {
        return parent;
    }
}
