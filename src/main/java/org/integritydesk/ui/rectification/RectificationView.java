package org.integritydesk.ui.rectification;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.UnitChoiceBox;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 问题整改 tab to {@link RectificationListViewModel}; the form opens through {@link RectificationDialogs}. */
public final class RectificationView implements TabRefresh {
    private final RectificationListViewModel list;
    private final RectificationDialogs dialogs;

    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private HBox stepButtons;
    @FXML private Button returnVisitButton;
    @FXML private MenuButton printButton;
    @FXML private MenuItem printNoticeItem;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private ComboBox<ProblemSource> sourceFilter;
    @FXML private ComboBox<RectificationStatus> statusFilter;
    @FXML private ComboBox<DueState> dueFilter;
    @FXML private CheckBox returnVisitsDue;
    @FXML private TableView<LedgerKey> table;
    @FXML private TableColumn<LedgerKey, String> numberColumn;
    @FXML private TableColumn<LedgerKey, String> foundOnColumn;
    @FXML private TableColumn<LedgerKey, String> sourceColumn;
    @FXML private TableColumn<LedgerKey, String> unitColumn;
    @FXML private TableColumn<LedgerKey, String> cadreColumn;
    @FXML private TableColumn<LedgerKey, String> descriptionColumn;
    @FXML private TableColumn<LedgerKey, String> severityColumn;
    @FXML private TableColumn<LedgerKey, String> responsibleColumn;
    @FXML private TableColumn<LedgerKey, String> deadlineColumn;
    @FXML private TableColumn<LedgerKey, String> statusColumn;
    @FXML private TableColumn<LedgerKey, String> dueColumn;
    @FXML private Label countLabel;
    @FXML private Label pageLabel;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private ListView<String> detailList;
    @FXML private javafx.scene.control.TabPane root;
    @FXML private javafx.scene.control.Tab ledgerTab;

    public RectificationView(RectificationListViewModel list, RectificationDialogs dialogs) {
        this.list = list;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        bindFilters();
        bindTable();
        countLabel.textProperty().bind(list.statusProperty());
        pageLabel.textProperty().bind(list.pageTextProperty());
        previousPageButton.disableProperty().bind(list.pageIndexProperty().lessThanOrEqualTo(0));
        nextPageButton.disableProperty().bind(list.pageIndexProperty().add(1).greaterThanOrEqualTo(list.pageCountProperty()));
        detailList.setItems(list.details());
        org.integritydesk.ui.common.WrappingCells.apply(detailList);
        boolean mayChange = list.mayChange();
        addButton.setVisible(mayChange);
        addButton.setManaged(mayChange);
        editButton.setVisible(mayChange);
        editButton.setManaged(mayChange);
        deleteButton.setVisible(mayChange);
        deleteButton.setManaged(mayChange);
        // The actions work on the selected row's item as read whole (and its version), which comes
        // a moment after the row is selected.
        editButton.disableProperty().bind(list.selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(list.selectedItemProperty().isNull());
        printNoticeItem.disableProperty().bind(list.selectedItemProperty().isNull());
        returnVisitButton.visibleProperty().bind(list.returnVisitAllowedProperty());
        returnVisitButton.managedProperty().bind(list.returnVisitAllowedProperty());
        list.allowedSteps().addListener((ListChangeListener<RectificationStep>) c -> showSteps());
        showSteps();
        root.getProperties().put(org.integritydesk.ui.common.TabNavigation.KEY,
                (org.integritydesk.ui.common.TabNavigation) (unitCode, recordId) -> {
                    root.getSelectionModel().select(ledgerTab);
                    list.show(unitCode, recordId);
                });
        list.reload();
    }

    private void showSteps() {
        stepButtons.getChildren().clear();
        for (RectificationStep step : list.allowedSteps()) {
            Button button = new Button(list.label(step));
            button.setId("step" + step.name());
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setOnAction(e -> list.takeStep(step));
            stepButtons.getChildren().add(button);
        }
    }

    private void bindFilters() {
        yearFilter.setItems(list.yearChoices());
        yearFilter.valueProperty().bindBidirectional(list.yearProperty());
        UnitChoiceBox.bind(unitFilter, list.unitChoices(), list.unitFilterProperty(), list::unitLabel);
        sourceFilter.getItems().add(null);
        sourceFilter.getItems().addAll(ProblemSource.values());
        sourceFilter.setConverter(Converters.showing(list::choiceLabel));
        sourceFilter.valueProperty().bindBidirectional(list.sourceFilterProperty());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(RectificationStatus.values());
        statusFilter.setConverter(Converters.showing(list::choiceLabel));
        statusFilter.valueProperty().bindBidirectional(list.statusFilterProperty());
        dueFilter.getItems().addAll(null, DueState.OVERDUE, DueState.DUE_SOON);
        dueFilter.setConverter(Converters.showing(list::choiceLabel));
        dueFilter.valueProperty().bindBidirectional(list.dueFilterProperty());
        returnVisitsDue.selectedProperty().bindBidirectional(list.returnVisitsDueProperty());
    }

    private void bindTable() {
        // The rows are the year's keys (LedgerKey): every column is shown from them, so that a search
        // or a page turn reads nothing from the database.
        Columns.text(numberColumn, LedgerKey::number);
        Columns.text(foundOnColumn, r -> r.foundOn().toString());
        Columns.text(sourceColumn, r -> list.label(r.source()));
        Columns.text(unitColumn, LedgerKey::unitName);
        Columns.text(cadreColumn, r -> r.cadreName() == null ? "" : r.cadreName());
        Columns.text(descriptionColumn, LedgerKey::description);
        Columns.text(severityColumn, r -> list.label(r.severity()));
        Columns.text(responsibleColumn, r -> r.responsibleUnitName() + " " + r.responsiblePerson());
        Columns.text(deadlineColumn, r -> r.deadline().toString());
        Columns.text(statusColumn, r -> list.label(r.status()));
        Columns.text(dueColumn, list::dueLabel);
        // One page of the ledger, in ledger order from the database: sorting a page by a column
        // would only reorder these rows and suggest it had sorted the year.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(list.visibleItems());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> list.selectedProperty().set(b));
        list.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
                if (b != null) {
                    table.scrollTo(b);
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<LedgerKey> row = new TableRow<>() {
                @Override
                protected void updateItem(LedgerKey item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("overdue", "due-soon");
                    if (!empty && list.isOverdue(item)) {
                        getStyleClass().add("overdue");
                    } else if (!empty && list.isDueSoon(item)) {
                        getStyleClass().add("due-soon");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty() && list.mayChange()) {
                    onEdit();
                }
            });
            return row;
        });
    }

    @FXML
    private void onAdd() {
        dialogs.openForm(null, saved -> list.reload());
    }

    @FXML
    private void onEdit() {
        Rectification item = list.selectedItemProperty().get();
        if (item != null) {
            dialogs.openForm(item, saved -> list.reload());
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected();
    }

    @FXML
    private void onReturnVisit() {
        list.recordReturnVisit();
    }

    @FXML
    private void onPrintNotice() {
        list.printNotice();
    }

    @FXML
    private void onPrintLedger() {
        list.printLedger();
    }

    @FXML
    private void onPreviousPage() {
        list.previousPage();
        table.scrollTo(0);
    }

    @FXML
    private void onNextPage() {
        list.nextPage();
        table.scrollTo(0);
    }

    @FXML
    private void onClearFilters() {
        list.clearFilters();
    }

    public List<LedgerKey> shownItems() {
        return List.copyOf(table.getItems());
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}
