package org.integritydesk.ui.cadre;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.TableSelection;

/** Binds the 干部廉政档案 tab to its view-models; every decision is made there. */
public final class CadreView implements TabRefresh {
    private final CadreListViewModel list;
    private final CadreFileViewModel file;
    private final CadreDialogs dialogs;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private MenuButton printButton;
    @FXML private MenuItem printOneItem;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private ComboBox<CadreCategory> categoryFilter;
    @FXML private ComboBox<CadreStatus> statusFilter;
    @FXML private CheckBox importantOnly;
    @FXML private TableView<CadreSummary> table;
    @FXML private TableColumn<CadreSummary, String> nameColumn;
    @FXML private TableColumn<CadreSummary, String> unitColumn;
    @FXML private TableColumn<CadreSummary, String> positionColumn;
    @FXML private TableColumn<CadreSummary, String> categoryColumn;
    @FXML private TableColumn<CadreSummary, String> importantColumn;
    @FXML private TableColumn<CadreSummary, String> statusColumn;
    @FXML private TableColumn<CadreSummary, String> idNumberColumn;
    @FXML private Label countLabel;
    @FXML private VBox detailBox;

    public CadreView(CadreListViewModel list, CadreFileViewModel file, CadreDialogs dialogs, Messages messages) {
        this.list = list;
        this.file = file;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        bindChoices();
        bindTable();
        countLabel.textProperty().bind(list.statusProperty());
        editButton.disableProperty().bind(list.selectedProperty().isNull());
        deleteButton.disableProperty().bind(list.selectedProperty().isNull());
        printOneItem.disableProperty().bind(list.selectedProperty().isNull());
        file.fileProperty().addListener((o, a, b) -> renderFile());
        file.messageProperty().addListener((o, a, b) -> renderFile());
        list.selectedProperty().addListener((o, a, cadre) -> file.show(cadre == null ? null : cadre.id()));
        renderFile();
        list.reload();
    }

    private void bindChoices() {
        unitFilter.getItems().add(null);
        list.unitChoices().addListener((javafx.collections.ListChangeListener<OrgUnit>) c -> {
            OrgUnit keep = unitFilter.getValue();
            unitFilter.getItems().setAll(list.unitChoices());
            unitFilter.getItems().add(0, null);
            unitFilter.setValue(keep);
        });
        unitFilter.setConverter(Converters.showing(list::unitLabel));
        unitFilter.valueProperty().bindBidirectional(list.unitFilterProperty());
        categoryFilter.getItems().add(null);
        categoryFilter.getItems().addAll(CadreCategory.values());
        categoryFilter.setConverter(Converters.showing(list::categoryLabel));
        categoryFilter.valueProperty().bindBidirectional(list.categoryFilterProperty());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(CadreStatus.values());
        statusFilter.setConverter(Converters.showing(list::statusLabel));
        statusFilter.valueProperty().bindBidirectional(list.statusFilterProperty());
        importantOnly.selectedProperty().bindBidirectional(list.importantOnlyProperty());
    }

    private void bindTable() {
        Columns.text(nameColumn, CadreSummary::name);
        Columns.text(unitColumn, CadreSummary::unitName);
        Columns.text(positionColumn, CadreSummary::position);
        Columns.text(categoryColumn, c -> messages.label(c.category()));
        Columns.text(importantColumn, c -> list.yesNo(c.importantPosition()));
        Columns.text(statusColumn, c -> messages.label(c.status()));
        Columns.text(idNumberColumn, c -> c.idNumber().masked());
        var sorted = new javafx.collections.transformation.SortedList<>(list.visibleCadres());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableSelection.follow(table, list.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<CadreSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
            } else if (e.getCode() == KeyCode.DELETE) {
                onDelete();
            }
        });
    }


    private void renderFile() {
        CadreFileRenderer.render(detailBox, file.messageProperty().get(), file.basicFields(), file.sections(),
                file.familyHeaders());
    }

    @FXML
    private void onAdd() {
        dialogs.openForm(null, saved -> {
            list.reload();
            file.show(saved.id());
        });
    }

    @FXML
    private void onEdit() {
        CadreSummary cadre = list.selectedProperty().get();
        if (cadre != null) {
            dialogs.openForm(cadre.id(), saved -> {
                list.reload();
                file.show(saved.id());
            });
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected(() -> { });
    }

    @FXML
    private void onRecycleBin() {
        dialogs.openRecycleBin(list::reload);
    }

    @FXML
    private void onImportRoster() {
        dialogs.openRosterImport(list::reload);
    }

    @FXML
    private void onClearFilters() {
        list.clearFilters();
    }

    @FXML
    private void onPrintOne() {
        CadreSummary cadre = list.selectedProperty().get();
        if (cadre != null) {
            dialogs.previewCadreFile(cadre.id());
        }
    }

    @FXML
    private void onPrintShown() {
        dialogs.previewCadreFiles(list.filteredUnitIds());
    }

    /** Puts the keyboard focus in the search box, e.g. for Ctrl+F. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void addCadre() {
        onAdd();
    }

    public List<CadreSummary> shownCadres() {
        return List.copyOf(table.getItems());
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}
