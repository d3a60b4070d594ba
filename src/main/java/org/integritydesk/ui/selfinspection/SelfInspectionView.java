package org.integritydesk.ui.selfinspection;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 专项自查 sub-tab of 监督检查 to {@link SelfInspectionViewModel}. */
public final class SelfInspectionView implements TabRefresh {
    private final SelfInspectionViewModel model;

    @FXML private Button siAddButton;
    @FXML private Button siEditButton;
    @FXML private Button siDeleteButton;
    @FXML private MenuButton siPrintButton;
    @FXML private TableView<SelfInspectionCampaign> siCampaignTable;
    @FXML private TableColumn<SelfInspectionCampaign, String> siNumberColumn;
    @FXML private TableColumn<SelfInspectionCampaign, String> siYearColumn;
    @FXML private TableColumn<SelfInspectionCampaign, String> siTitleColumn;
    @FXML private TableColumn<SelfInspectionCampaign, String> siPeriodColumn;
    @FXML private Label siCountLabel;
    @FXML private TableView<CampaignProgress> siProgressTable;
    @FXML private TableColumn<CampaignProgress, String> siUnitColumn;
    @FXML private TableColumn<CampaignProgress, String> siCadresColumn;
    @FXML private TableColumn<CampaignProgress, String> siDeclaredColumn;
    @FXML private TableColumn<CampaignProgress, String> siPendingColumn;
    @FXML private TableColumn<CampaignProgress, String> siIssuesColumn;
    @FXML private CheckBox siPendingOnly;
    @FXML private Button siDeclareButton;
    @FXML private TableView<SelfInspectionDeclaration> siDeclarationTable;
    @FXML private TableColumn<SelfInspectionDeclaration, String> siCadreColumn;
    @FXML private TableColumn<SelfInspectionDeclaration, String> siCadreUnitColumn;
    @FXML private TableColumn<SelfInspectionDeclaration, String> siStateColumn;
    @FXML private ListView<String> siAnswerList;

    public SelfInspectionView(SelfInspectionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Columns.text(siNumberColumn, SelfInspectionCampaign::number);
        Columns.text(siYearColumn, c -> String.valueOf(c.year()));
        Columns.text(siTitleColumn, SelfInspectionCampaign::title);
        Columns.text(siPeriodColumn, model::period);
        siCampaignTable.setItems(model.campaigns());
        siCampaignTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && siCampaignTable.getSelectionModel().getSelectedItem() != b) {
                siCampaignTable.getSelectionModel().select(b);
            }
        });
        siCountLabel.textProperty().bind(model.statusProperty());
        Columns.text(siUnitColumn, CampaignProgress::unitName);
        Columns.text(siCadresColumn, p -> String.valueOf(p.cadres()));
        Columns.text(siDeclaredColumn, p -> String.valueOf(p.declared()));
        Columns.text(siPendingColumn, p -> String.valueOf(p.pending()));
        Columns.text(siIssuesColumn, p -> String.valueOf(p.withIssues()));
        siProgressTable.setItems(model.progress());
        siProgressTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> model.selectedUnitProperty().set(b));
        siPendingOnly.selectedProperty().bindBidirectional(model.pendingOnlyProperty());
        Columns.text(siCadreColumn, SelfInspectionDeclaration::cadreName);
        Columns.text(siCadreUnitColumn, SelfInspectionDeclaration::unitName);
        Columns.text(siStateColumn, model::declarationState);
        siDeclarationTable.setItems(model.declarations());
        siDeclarationTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> model.selectedDeclarationProperty().set(b));
        siAnswerList.setItems(model.answers());
        org.integritydesk.ui.common.WrappingCells.apply(siAnswerList);
        for (Button b : new Button[] {siAddButton, siEditButton, siDeleteButton, siDeclareButton}) {
            b.setVisible(model.mayChange());
            b.setManaged(model.mayChange());
        }
        siEditButton.disableProperty().bind(model.selectedProperty().isNull());
        siDeleteButton.disableProperty().bind(model.selectedProperty().isNull());
        siPrintButton.disableProperty().bind(model.selectedProperty().isNull());
        siDeclareButton.disableProperty().bind(model.selectedDeclarationProperty().isNull());
        model.reload();
    }

    @FXML
    private void onAdd() {
        model.addCampaign();
    }

    @FXML
    private void onEdit() {
        model.editCampaign();
    }

    @FXML
    private void onDelete() {
        model.deleteCampaign();
    }

    @FXML
    private void onDeclare() {
        model.declare();
    }

    @FXML
    private void onPrintForms() {
        model.printForms();
    }

    @FXML
    private void onPrintSummary() {
        model.printSummary();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        model.reload();
        return true;
    }
}
