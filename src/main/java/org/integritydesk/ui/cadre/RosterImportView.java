package org.integritydesk.ui.cadre;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.integritydesk.model.ImportField;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;

/** Binds the 导入干部名册 window to its view-model: file, column mapping, preview, import, rejected rows. */
public final class RosterImportView {
    private final RosterImportViewModel model;
    private Runnable onClose = () -> { };

    @FXML private Parent root;
    @FXML private TextField fileField;
    @FXML private Label fileSummary;
    @FXML private GridPane mappingGrid;
    @FXML private Label mappingSummary;
    @FXML private Button previewButton;
    @FXML private TableView<RowPlan> previewTable;
    @FXML private TableColumn<RowPlan, String> rowColumn;
    @FXML private TableColumn<RowPlan, String> nameColumn;
    @FXML private TableColumn<RowPlan, String> idColumn;
    @FXML private TableColumn<RowPlan, String> unitColumn;
    @FXML private TableColumn<RowPlan, String> outcomeColumn;
    @FXML private TableColumn<RowPlan, String> problemsColumn;
    @FXML private CheckBox allOrNothing;
    @FXML private Button importButton;
    @FXML private Button saveRejectedButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label resultLabel;

    public RosterImportView(RosterImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bindBidirectional(model.filePathProperty());
        fileSummary.textProperty().bind(model.fileSummaryProperty());
        mappingSummary.textProperty().bind(model.summaryProperty());
        resultLabel.textProperty().bind(model.resultTextProperty());
        allOrNothing.selectedProperty().bindBidirectional(model.allOrNothingProperty());
        previewButton.disableProperty().bind(model.canPreviewProperty().not());
        importButton.disableProperty().bind(model.canImportProperty().not());
        saveRejectedButton.disableProperty().bind(model.canSaveRejectedProperty().not());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        progress.visibleProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        Columns.text(rowColumn, r -> String.valueOf(r.rowNumber()));
        Columns.text(nameColumn, RowPlan::name);
        Columns.text(idColumn, RowPlan::maskedIdNumber);
        Columns.text(unitColumn, RowPlan::unitName);
        Columns.text(outcomeColumn, model::outcomeText);
        Columns.text(problemsColumn, model::problemsText);
        problemsColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        previewTable.setItems(model.previewRows());
        model.headers().addListener((ListChangeListener<String>) c -> buildMapping());
        model.mappingProperty().addListener((o, a, b) -> syncMapping());
    }

    /** One row a file column: its header and the field it feeds. */
    private void buildMapping() {
        mappingGrid.getChildren().clear();
        for (int c = 0; c < model.headers().size(); c++) {
            int column = c;
            Label header = new Label(model.headers().get(c).isEmpty() ? "（" + (c + 1) + "）" : model.headers().get(c));
            ComboBox<ImportField> field = new ComboBox<>();
            field.setId("mapping" + c);
            field.getItems().add(null);
            field.getItems().addAll(ImportField.values());
            field.setConverter(Converters.showing(model::fieldLabel));
            field.setValue(model.fieldAt(c));
            field.valueProperty().addListener((o, a, b) -> model.setField(column, b));
            mappingGrid.addRow(c, header, field);
        }
    }

    @SuppressWarnings("unchecked")
    private void syncMapping() {
        mappingGrid.getChildren().stream().filter(n -> n instanceof ComboBox<?>).forEach(n -> {
            ComboBox<ImportField> box = (ComboBox<ImportField>) n;
            int column = Integer.parseInt(box.getId().substring("mapping".length()));
            ImportField field = model.fieldAt(column);
            if (box.getValue() != field) {
                box.setValue(field);
            }
        });
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void onChoose() {
        model.chooseFile();
    }

    @FXML
    private void onRead() {
        model.readFile();
    }

    @FXML
    private void onPreview() {
        model.preview();
    }

    @FXML
    private void onImport() {
        model.importRows();
    }

    @FXML
    private void onSaveRejected() {
        model.saveRejected();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onClose() {
        model.cancel();
        onClose.run();
    }
}
