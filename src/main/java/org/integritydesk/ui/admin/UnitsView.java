package org.integritydesk.ui.admin;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UnitTree;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the unit tree and its form to {@link UnitsViewModel}. */
public final class UnitsView implements TabRefresh {
    private final UnitsViewModel units;
    private final Messages messages;

    @FXML private TreeView<OrgUnit> tree;
    @FXML private Label formTitle;
    @FXML private Label parentLabel;
    @FXML private TextField nameField;
    @FXML private TextField codeField;
    @FXML private ComboBox<UnitKind> kindField;
    @FXML private Spinner<Integer> sortOrderField;
    @FXML private Button deleteButton;

    public UnitsView(UnitsViewModel units, Messages messages) {
        this.units = units;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(OrgUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.name() + "  (" + unit.code() + ")");
            }
        });
        units.treeProperty().addListener((o, a, b) -> rebuildTree(b));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            units.selectedProperty().set(item == null ? null : item.getValue());
            refreshTitle();
        });
        nameField.textProperty().bindBidirectional(units.nameProperty());
        codeField.textProperty().bindBidirectional(units.codeProperty());
        kindField.getItems().setAll(UnitKind.values());
        kindField.setConverter(Converters.showing(units::kindLabel));
        kindField.valueProperty().bindBidirectional(units.kindProperty());
        sortOrderField.getValueFactory().valueProperty().addListener((o, a, b) -> units.sortOrderProperty().set(b == null ? 0 : b));
        units.sortOrderProperty().addListener((o, a, b) -> sortOrderField.getValueFactory().setValue(b.intValue()));
        units.parentProperty().addListener((o, a, b) -> parentLabel.setText(b == null ? "—" : b.name()));
        parentLabel.setText("—");
        deleteButton.disableProperty().bind(units.selectedProperty().isNull());
        refreshTitle();
        units.reload();
    }

    private void rebuildTree(UnitTree unitTree) {
        UUID keep = units.selectedProperty().get() == null ? null : units.selectedProperty().get().id();
        if (unitTree.roots().isEmpty()) {
            tree.setRoot(null);
            return;
        }
        TreeItem<OrgUnit> root = item(unitTree, unitTree.roots().get(0));
        tree.setRoot(root);
        if (keep != null) {
            select(root, keep);
        }
    }

    private TreeItem<OrgUnit> item(UnitTree unitTree, OrgUnit unit) {
        TreeItem<OrgUnit> item = new TreeItem<>(unit);
        item.setExpanded(true);
        unitTree.childrenOf(unit.id()).forEach(child -> item.getChildren().add(item(unitTree, child)));
        return item;
    }

    private void select(TreeItem<OrgUnit> item, UUID id) {
        if (item.getValue().id().equals(id)) {
            tree.getSelectionModel().select(item);
            return;
        }
        item.getChildren().forEach(child -> select(child, id));
    }

    private void refreshTitle() {
        formTitle.setText(messages.get(units.isEditingExisting() ? "unit.form.edit" : "unit.form.new"));
    }

    @FXML
    private void onSave() {
        units.save();
    }

    @FXML
    private void onNew() {
        units.startNew();
        refreshTitle();
        nameField.requestFocus();
    }

    @FXML
    private void onDelete() {
        units.deleteSelected();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        units.reload();
        return true;
    }
}
