package org.integritydesk.ui.supervision;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 监督检查 tab to {@link SupervisionListViewModel}; the visit form opens through {@link VisitDialogs}. */
public final class SupervisionView implements TabRefresh {
    /** Opens the visit form (null for a new visit) and tells {@code onSaved} of the save. */
    @FunctionalInterface
    public interface VisitDialogs {
        void openForm(SupervisionVisit editing, Consumer<SupervisionVisit> onSaved);
    }

    private final SupervisionListViewModel list;
    private final VisitDialogs dialogs;
    private final org.integritydesk.ui.common.AttachmentsViewModel evidence;
    private final org.integritydesk.service.Messages messages;

    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private MenuItem printOneItem;
    @FXML private TableView<SupervisionVisit> table;
    @FXML private TableColumn<SupervisionVisit, String> numberColumn;
    @FXML private TableColumn<SupervisionVisit, String> dateColumn;
    @FXML private TableColumn<SupervisionVisit, String> kindColumn;
    @FXML private TableColumn<SupervisionVisit, String> unitColumn;
    @FXML private TableColumn<SupervisionVisit, String> groupColumn;
    @FXML private TableColumn<SupervisionVisit, String> membersColumn;
    @FXML private TableColumn<SupervisionVisit, String> problemsColumn;
    @FXML private Label countLabel;
    @FXML private ListView<String> detailList;
    @FXML private javafx.scene.control.ComboBox<org.integritydesk.model.VisitFinding> findingChoice;
    @FXML private javafx.scene.layout.VBox evidenceBox;

    /** @param evidence the evidence photos of the chosen problem finding (owner type {@code visit_finding}) */
    public SupervisionView(SupervisionListViewModel list, VisitDialogs dialogs,
            org.integritydesk.ui.common.AttachmentsViewModel evidence, org.integritydesk.service.Messages messages) {
        this.list = list;
        this.dialogs = dialogs;
        this.evidence = evidence;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        Columns.text(numberColumn, SupervisionVisit::number);
        Columns.text(dateColumn, v -> v.visitDate().toString());
        Columns.text(kindColumn, v -> list.label(v.kind()));
        Columns.text(unitColumn, SupervisionVisit::unitName);
        Columns.text(groupColumn, v -> list.label(v.group()));
        Columns.text(membersColumn, SupervisionVisit::members);
        Columns.text(problemsColumn, v -> String.valueOf(v.problemCount()));
        var sorted = new javafx.collections.transformation.SortedList<>(list.visibleVisits());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> list.selectedProperty().set(b));
        countLabel.textProperty().bind(list.statusProperty());
        detailList.setItems(list.details());
        org.integritydesk.ui.common.WrappingCells.apply(detailList);
        findingChoice.setItems(list.problemFindings());
        findingChoice.setConverter(org.integritydesk.ui.common.Converters.showing(list::findingLabel));
        findingChoice.valueProperty().bindBidirectional(list.chosenFindingProperty());
        evidenceBox.getChildren().add(new org.integritydesk.ui.common.AttachmentsPane(evidence, messages));
        evidence.show(null, false);
        list.chosenFindingProperty().addListener((o, a, b) ->
                evidence.show(b == null ? null : b.rectificationId(), list.mayChange()));
        for (Button b : new Button[] {addButton, editButton, deleteButton}) {
            b.setVisible(list.mayChange());
            b.setManaged(list.mayChange());
        }
        editButton.disableProperty().bind(list.selectedProperty().isNull());
        deleteButton.disableProperty().bind(list.selectedProperty().isNull());
        printOneItem.disableProperty().bind(list.selectedProperty().isNull());
        list.reload();
    }

    @FXML
    private void onAdd() {
        dialogs.openForm(null, saved -> list.reload());
    }

    @FXML
    private void onEdit() {
        SupervisionVisit visit = list.selectedProperty().get();
        if (visit != null) {
            dialogs.openForm(visit, saved -> list.reload());
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected();
    }

    @FXML
    private void onPrintOne() {
        list.printSelected();
    }

    @FXML
    private void onPrintYear() {
        list.printYear();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}
