package org.integritydesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.integritydesk.ui.common.SheetImport.Line;

/**
 * Binds the shared import window (roster, attendance, ballot totals) to its {@link SheetImportViewModel}: file,
 * column mapping (left out when the import finds its columns by name), preview, import, rejected rows.
 */
public final class SheetImportView<F> {
    private final SheetImportViewModel<F> model;
    private Runnable onClose = () -> { };

    @FXML private Parent root;
    @FXML private Label hintLabel;
    @FXML private TextField fileField;
    @FXML private Label fileSummary;
    @FXML private SplitPane split;
    @FXML private VBox mappingPane;
    @FXML private GridPane mappingGrid;
    @FXML private Label summaryLabel;
    @FXML private Button previewButton;
    @FXML private TableView<Line> previewTable;
    @FXML private TableColumn<Line, String> rowColumn;
    @FXML private TableColumn<Line, String> nameColumn;
    @FXML private TableColumn<Line, String> idColumn;
    @FXML private TableColumn<Line, String> detailColumn;
    @FXML private TableColumn<Line, String> outcomeColumn;
    @FXML private TableColumn<Line, String> problemsColumn;
    @FXML private CheckBox allOrNothing;
    @FXML private Button importButton;
    @FXML private Button saveRejectedButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label resultLabel;

    public SheetImportView(SheetImportViewModel<F> model) {
        this.model = model;
    }

    /** Opens the window for {@code model} over {@code owner}; closing it cancels a running step. */
    public static <F> void open(ViewLoader loader, Window owner, SheetImportViewModel<F> model) {
        SheetImportView<F> view = new SheetImportView<>(model);
        @SuppressWarnings("unchecked")
        Class<SheetImportView<F>> type = (Class<SheetImportView<F>>) (Class<?>) SheetImportView.class;
        var loaded = loader.load(type, "SheetImportView", view);
        javafx.stage.Stage stage = Windows.modal(owner, model.title(), loaded.root());
        view.onClose = stage::close;
        stage.setOnHidden(e -> model.cancel());
        stage.show();
    }

    @FXML
    private void initialize() {
        hintLabel.setText(model.hint());
        detailColumn.setText(model.detailHeader());
        fileField.textProperty().bindBidirectional(model.filePathProperty());
        fileSummary.textProperty().bind(model.fileSummaryProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        resultLabel.textProperty().bind(model.resultTextProperty());
        allOrNothing.selectedProperty().bindBidirectional(model.allOrNothingProperty());
        previewButton.disableProperty().bind(model.canPreviewProperty().not());
        importButton.disableProperty().bind(model.canImportProperty().not());
        saveRejectedButton.disableProperty().bind(model.canSaveRejectedProperty().not());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        progress.visibleProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        Columns.text(rowColumn, r -> String.valueOf(r.rowNumber()));
        Columns.text(nameColumn, Line::name);
        Columns.text(idColumn, Line::idNumber);
        Columns.text(detailColumn, Line::detail);
        Columns.text(outcomeColumn, Line::outcome);
        Columns.text(problemsColumn, Line::problems);
        problemsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
                getStyleClass().remove("field-error");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("field-error");
                }
            }
        });
        previewTable.setItems(model.previewRows());
        if (!model.hasMapping()) {
            split.getItems().remove(mappingPane);
        }
        model.headers().addListener((ListChangeListener<String>) c -> buildMapping());
        model.mappingProperty().addListener((o, a, b) -> syncMapping());
    }

    /** One row a file column: its header and the field it feeds. */
    private void buildMapping() {
        mappingGrid.getChildren().clear();
        if (!model.hasMapping()) {
            return;
        }
        for (int c = 0; c < model.headers().size(); c++) {
            int column = c;
            Label header = new Label(model.headers().get(c).isEmpty() ? "（" + (c + 1) + "）" : model.headers().get(c));
            ComboBox<F> field = new ComboBox<>();
            field.setId("mapping" + c);
            field.getItems().add(null);
            field.getItems().addAll(model.fields());
            field.setConverter(Converters.showing(model::fieldLabel));
            field.setValue(model.fieldAt(c));
            field.valueProperty().addListener((o, a, b) -> model.setField(column, b));
            mappingGrid.addRow(c, header, field);
        }
    }

    @SuppressWarnings("unchecked")
    private void syncMapping() {
        mappingGrid.getChildren().stream().filter(n -> n instanceof ComboBox<?>).forEach(n -> {
            ComboBox<F> box = (ComboBox<F>) n;
            int column = Integer.parseInt(box.getId().substring("mapping".length()));
            F field = model.fieldAt(column);
            if (box.getValue() != field) {
                box.setValue(field);
            }
        });
    }

    public Parent root() {
        return root;
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
