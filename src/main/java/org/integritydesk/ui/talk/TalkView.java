package org.integritydesk.ui.talk;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.collections.transformation.SortedList;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.UnitChoiceBox;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 廉政谈话 tab to its view-model; every decision is made there. */
public final class TalkView implements TabRefresh {
    private final TalkListViewModel list;
    private final TalkDialogs dialogs;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private MenuItem printOneItem;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private ComboBox<TalkKind> kindFilter;
    @FXML private TableView<TalkSummary> table;
    @FXML private TableColumn<TalkSummary, String> dateColumn;
    @FXML private TableColumn<TalkSummary, String> cadreColumn;
    @FXML private TableColumn<TalkSummary, String> unitColumn;
    @FXML private TableColumn<TalkSummary, String> kindColumn;
    @FXML private TableColumn<TalkSummary, String> talkerColumn;
    @FXML private TableColumn<TalkSummary, String> recorderColumn;
    @FXML private TableColumn<TalkSummary, String> idNumberColumn;
    @FXML private Label countLabel;
    @FXML private Label missingTitle;
    @FXML private TableView<CadreSummary> missingTable;
    @FXML private TableColumn<CadreSummary, String> missingNameColumn;
    @FXML private TableColumn<CadreSummary, String> missingUnitColumn;
    @FXML private TableColumn<CadreSummary, String> missingPositionColumn;
    @FXML private Button recordMissingButton;

    public TalkView(TalkListViewModel list, TalkDialogs dialogs, Messages messages) {
        this.list = list;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        yearFilter.setItems(list.yearChoices());
        yearFilter.valueProperty().bindBidirectional(list.yearProperty());
        UnitChoiceBox.bind(unitFilter, list.unitChoices(), list.unitFilterProperty(), list::unitLabel);
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(TalkKind.values());
        kindFilter.setConverter(Converters.showing(list::kindLabel));
        kindFilter.valueProperty().bindBidirectional(list.kindFilterProperty());
        Columns.text(dateColumn, t -> list.date(t.date()));
        Columns.text(cadreColumn, TalkSummary::cadreName);
        Columns.text(unitColumn, TalkSummary::unitName);
        Columns.text(kindColumn, t -> messages.label(t.kind()));
        Columns.text(talkerColumn, TalkSummary::talkerName);
        Columns.text(recorderColumn, TalkSummary::recorderName);
        Columns.text(idNumberColumn, t -> t.cadreIdNumber().masked());
        SortedList<TalkSummary> sorted = new SortedList<>(list.visibleTalks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> list.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<TalkSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit();
                }
            });
            return row;
        });
        countLabel.textProperty().bind(list.statusProperty());
        addButton.setDisable(!list.mayChange());
        editButton.disableProperty().bind(list.selectedProperty().isNull().or(readOnly()));
        deleteButton.disableProperty().bind(list.selectedProperty().isNull().or(readOnly()));
        printOneItem.disableProperty().bind(list.selectedProperty().isNull());
        missingTitle.textProperty().bind(list.missingTitleProperty());
        Columns.text(missingNameColumn, CadreSummary::name);
        Columns.text(missingUnitColumn, CadreSummary::unitName);
        Columns.text(missingPositionColumn, CadreSummary::position);
        SortedList<CadreSummary> sortedMissing = new SortedList<>(list.visibleMissing());
        sortedMissing.comparatorProperty().bind(missingTable.comparatorProperty());
        missingTable.setItems(sortedMissing);
        missingTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> list.selectedMissingProperty().set(b));
        recordMissingButton.disableProperty().bind(list.selectedMissingProperty().isNull().or(readOnly()));
        list.reload();
    }

    private javafx.beans.binding.BooleanExpression readOnly() {
        return new javafx.beans.property.SimpleBooleanProperty(!list.mayChange());
    }

    @FXML
    private void onAdd() {
        dialogs.openForm(null, null, null, list::reload);
    }

    @FXML
    private void onEdit() {
        TalkSummary talk = list.selectedProperty().get();
        if (talk != null) {
            dialogs.openForm(talk.id(), null, null, list::reload);
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected();
    }

    @FXML
    private void onRecordMissing() {
        CadreSummary cadre = list.selectedMissingProperty().get();
        if (cadre != null) {
            dialogs.openForm(null, cadre, TalkKind.PRE_APPOINTMENT, list::reload);
        }
    }

    @FXML
    private void onClearFilters() {
        list.clearFilters();
    }

    @FXML
    private void onPrintOne() {
        TalkSummary talk = list.selectedProperty().get();
        if (talk != null) {
            dialogs.previewTalks(java.util.List.of(talk.id()));
        }
    }

    @FXML
    private void onPrintShown() {
        dialogs.previewTalks(list.shownTalkIds());
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}
