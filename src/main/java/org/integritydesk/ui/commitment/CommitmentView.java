package org.integritydesk.ui.commitment;

import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.UnitChoiceBox;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 廉政承诺书 tab to its view-model; every decision is made there. */
public final class CommitmentView implements TabRefresh {
    private final CommitmentListViewModel list;
    private final CommitmentDialogs dialogs;

    @FXML private VBox root;
    @FXML private TextField searchField;
    @FXML private Button generateButton;
    @FXML private Button signButton;
    @FXML private Button deleteButton;
    @FXML private MenuItem printOneItem;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private ComboBox<SignedFilter> signedFilter;
    @FXML private TableView<CommitmentSummary> table;
    @FXML private TableColumn<CommitmentSummary, String> cadreColumn;
    @FXML private TableColumn<CommitmentSummary, String> unitColumn;
    @FXML private TableColumn<CommitmentSummary, String> positionColumn;
    @FXML private TableColumn<CommitmentSummary, String> yearColumn;
    @FXML private TableColumn<CommitmentSummary, String> signedOnColumn;
    @FXML private TableColumn<CommitmentSummary, String> idNumberColumn;
    @FXML private TableColumn<CommitmentSummary, String> notesColumn;
    @FXML private Label countLabel;

    public CommitmentView(CommitmentListViewModel list, CommitmentDialogs dialogs) {
        this.list = list;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        yearFilter.setItems(list.yearChoices());
        yearFilter.valueProperty().bindBidirectional(list.yearProperty());
        UnitChoiceBox.bind(unitFilter, list.unitChoices(), list.unitFilterProperty(), list::unitLabel);
        signedFilter.getItems().setAll(SignedFilter.values());
        signedFilter.setConverter(Converters.showing(list::signedLabel));
        signedFilter.valueProperty().bindBidirectional(list.signedFilterProperty());
        Columns.text(cadreColumn, CommitmentSummary::cadreName);
        Columns.text(unitColumn, CommitmentSummary::unitName);
        Columns.text(positionColumn, CommitmentSummary::position);
        Columns.text(yearColumn, m -> String.valueOf(m.year()));
        Columns.text(signedOnColumn, list::signedOn);
        Columns.text(idNumberColumn, m -> m.cadreIdNumber().masked());
        Columns.text(notesColumn, m -> m.notes() == null ? "" : m.notes());
        SortedList<CommitmentSummary> sorted = new SortedList<>(list.visibleCommitments());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> list.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<CommitmentSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onSign();
                }
            });
            return row;
        });
        countLabel.textProperty().bind(list.statusProperty());
        var readOnly = new javafx.beans.property.SimpleBooleanProperty(!list.mayChange());
        generateButton.setDisable(!list.mayChange());
        signButton.disableProperty().bind(list.selectedProperty().isNull().or(readOnly));
        deleteButton.disableProperty().bind(list.selectedProperty().isNull().or(readOnly));
        printOneItem.disableProperty().bind(list.selectedProperty().isNull());
        list.reload();
    }

    @FXML
    private void onGenerate() {
        list.generate();
    }

    @FXML
    private void onSign() {
        CommitmentSummary m = list.selectedProperty().get();
        if (m != null) {
            dialogs.openSigningForm(m, list::reload);
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected();
    }

    @FXML
    private void onClearFilters() {
        list.clearFilters();
    }

    @FXML
    private void onPrintOne() {
        CommitmentSummary m = list.selectedProperty().get();
        if (m != null) {
            dialogs.previewCommitments(java.util.List.of(m.id()));
        }
    }

    @FXML
    private void onPrintShown() {
        dialogs.previewCommitments(list.shownIds());
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}
