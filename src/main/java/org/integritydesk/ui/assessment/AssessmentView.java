package org.integritydesk.ui.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.Grade;
import org.integritydesk.model.Indicator;
import org.integritydesk.model.SanctionKind;
import org.integritydesk.model.ScoringRule;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.SanctionService;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 考核评价 tab to its view-models (results, scheme editor, sanctions); every decision is made there. */
public final class AssessmentView implements TabRefresh {
    private final AssessmentViewModel results;
    private final SchemeEditorViewModel scheme;
    private final SanctionsViewModel sanctions;

    @FXML private BorderPane root;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private Button computeButton;
    @FXML private MenuItem printOneItem;
    @FXML private javafx.scene.control.ProgressBar batchProgress;
    @FXML private Button batchCancelButton;
    @FXML private Label closedLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<Grade> gradeFilter;
    @FXML private TableView<AssessmentResult> resultTable;
    @FXML private TableColumn<AssessmentResult, String> nameColumn;
    @FXML private TableColumn<AssessmentResult, String> unitColumn;
    @FXML private TableColumn<AssessmentResult, String> idColumn;
    @FXML private TableColumn<AssessmentResult, String> computedColumn;
    @FXML private TableColumn<AssessmentResult, String> totalColumn;
    @FXML private TableColumn<AssessmentResult, String> gradeColumn;
    @FXML private Label statusLabel;
    @FXML private TextArea explanationArea;
    @FXML private TextField selfField;
    @FXML private TextArea assessorsArea;
    @FXML private TextArea deductionsArea;
    @FXML private Button saveEntryButton;
    @FXML private Label entryMessage;
    @FXML private TableView<AssessmentService.UnitResult> unitTable;
    @FXML private TableColumn<AssessmentService.UnitResult, String> unitNameColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> unitCountColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> unitAverageColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> excellentColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> competentColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> basicColumn;
    @FXML private TableColumn<AssessmentService.UnitResult, String> incompetentColumn;
    @FXML private TreeView<Indicator> schemeTree;
    @FXML private Button addCategoryButton;
    @FXML private Button addIndicatorButton;
    @FXML private Button removeButton;
    @FXML private TextField indicatorName;
    @FXML private TextField indicatorMax;
    @FXML private ComboBox<ScoringRule> indicatorRule;
    @FXML private TextField indicatorParameter;
    @FXML private ComboBox<AssessmentInput> indicatorInput;
    @FXML private Button applyButton;
    @FXML private TextField excellentField;
    @FXML private TextField competentField;
    @FXML private TextField basicField;
    @FXML private Button saveSchemeButton;
    @FXML private Button copySchemeButton;
    @FXML private Label schemeMessage;
    @FXML private TableView<SanctionService.Row> sanctionTable;
    @FXML private TableColumn<SanctionService.Row, String> sanctionDateColumn;
    @FXML private TableColumn<SanctionService.Row, String> sanctionCadreColumn;
    @FXML private TableColumn<SanctionService.Row, String> sanctionUnitColumn;
    @FXML private TableColumn<SanctionService.Row, String> sanctionKindColumn;
    @FXML private TableColumn<SanctionService.Row, String> sanctionNumberColumn;
    @FXML private TableColumn<SanctionService.Row, String> sanctionNoteColumn;
    @FXML private ComboBox<AssessmentResult> sanctionCadre;
    @FXML private DatePicker sanctionDate;
    @FXML private ComboBox<SanctionKind> sanctionKind;
    @FXML private TextField sanctionNumber;
    @FXML private TextField sanctionNote;
    @FXML private Button addSanctionButton;
    @FXML private Button deleteSanctionButton;
    @FXML private Label sanctionMessage;

    public AssessmentView(AssessmentViewModel results, SchemeEditorViewModel scheme, SanctionsViewModel sanctions) {
        this.results = results;
        this.scheme = scheme;
        this.sanctions = sanctions;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(results.yearChoices());
        yearChoice.valueProperty().bindBidirectional(results.yearProperty());
        BooleanBinding readOnly = results.closedProperty().or(new javafx.beans.property.SimpleBooleanProperty(
                !results.mayChange()));
        computeButton.disableProperty().bind(readOnly.or(results.busyProperty()));
        closedLabel.visibleProperty().bind(results.closedProperty());
        printOneItem.disableProperty().bind(results.selectedProperty().isNull());
        batchProgress.progressProperty().bind(results.batchProgressProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {batchProgress, batchCancelButton}) {
            n.visibleProperty().bind(results.batchRunningProperty());
            n.managedProperty().bind(results.batchRunningProperty());
        }
        searchField.textProperty().bindBidirectional(results.searchTextProperty());
        gradeFilter.getItems().add(null);
        gradeFilter.getItems().addAll(Grade.values());
        gradeFilter.setConverter(Converters.showing(results::gradeLabel));
        gradeFilter.valueProperty().bindBidirectional(results.gradeFilterProperty());
        Columns.text(nameColumn, AssessmentResult::cadreName);
        Columns.text(unitColumn, AssessmentResult::unitName);
        Columns.text(idColumn, AssessmentResult::maskedId);
        Columns.text(computedColumn, r -> results.score(r.computedTotal()));
        Columns.text(totalColumn, r -> results.score(r.total()));
        Columns.text(gradeColumn, r -> results.gradeLabel(r.grade()));
        SortedList<AssessmentResult> sorted = new SortedList<>(results.visibleResults());
        sorted.comparatorProperty().bind(resultTable.comparatorProperty());
        resultTable.setItems(sorted);
        resultTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> results.selectedProperty().set(b));
        statusLabel.textProperty().bind(results.statusProperty());
        explanationArea.textProperty().bind(results.explanationProperty());
        selfField.textProperty().bindBidirectional(results.selfScoreProperty());
        assessorsArea.textProperty().bindBidirectional(results.assessorsProperty());
        deductionsArea.textProperty().bindBidirectional(results.deductionsProperty());
        entryMessage.textProperty().bind(results.entryMessageProperty());
        BooleanBinding noEntry = results.selectedProperty().isNull().or(readOnly);
        saveEntryButton.disableProperty().bind(noEntry);
        selfField.disableProperty().bind(noEntry);
        assessorsArea.disableProperty().bind(noEntry);
        deductionsArea.disableProperty().bind(noEntry);

        Columns.text(unitNameColumn, AssessmentService.UnitResult::unitName);
        Columns.text(unitCountColumn, u -> String.valueOf(u.cadres()));
        Columns.text(unitAverageColumn, u -> results.score(u.average()));
        Columns.text(excellentColumn, u -> results.gradeCount(u, Grade.EXCELLENT));
        Columns.text(competentColumn, u -> results.gradeCount(u, Grade.COMPETENT));
        Columns.text(basicColumn, u -> results.gradeCount(u, Grade.BASICALLY_COMPETENT));
        Columns.text(incompetentColumn, u -> results.gradeCount(u, Grade.INCOMPETENT));
        unitTable.setItems(results.unitResults());

        schemeTree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Indicator item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : scheme.label(item));
            }
        });
        scheme.indicators().addListener((ListChangeListener<Indicator>) c -> rebuildTree());
        schemeTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() != scheme.selectedProperty().get()) {
                scheme.selectedProperty().set(b.getValue());
            }
        });
        indicatorName.textProperty().bindBidirectional(scheme.nameProperty());
        indicatorMax.textProperty().bindBidirectional(scheme.maxScoreProperty());
        indicatorRule.getItems().setAll(scheme.rules());
        indicatorRule.setConverter(Converters.showing(scheme::ruleLabel));
        indicatorRule.valueProperty().bindBidirectional(scheme.ruleProperty());
        indicatorParameter.textProperty().bindBidirectional(scheme.parameterProperty());
        indicatorInput.getItems().setAll(scheme.inputs());
        indicatorInput.setConverter(Converters.showing(scheme::inputLabel));
        indicatorInput.valueProperty().bindBidirectional(scheme.inputProperty());
        excellentField.textProperty().bindBidirectional(scheme.excellentProperty());
        competentField.textProperty().bindBidirectional(scheme.competentProperty());
        basicField.textProperty().bindBidirectional(scheme.basicProperty());
        schemeMessage.textProperty().bind(scheme.messageProperty());
        for (javafx.scene.Node node : new javafx.scene.Node[] {addCategoryButton, addIndicatorButton, removeButton,
            applyButton, saveSchemeButton, copySchemeButton, excellentField, competentField, basicField}) {
            node.disableProperty().bind(readOnly);
        }

        Columns.text(sanctionDateColumn, r -> r.sanction().date().toString());
        Columns.text(sanctionCadreColumn, SanctionService.Row::cadreName);
        Columns.text(sanctionUnitColumn, SanctionService.Row::unitName);
        Columns.text(sanctionKindColumn, r -> sanctions.kindLabel(r.sanction().kind()));
        Columns.text(sanctionNumberColumn, r -> r.sanction().documentNumber());
        Columns.text(sanctionNoteColumn, r -> r.sanction().note() == null ? "" : r.sanction().note());
        sanctionTable.setItems(sanctions.rows());
        sanctionTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> sanctions.selectedProperty().set(b));
        sanctionCadre.setItems(results.visibleResults());
        sanctionCadre.setConverter(Converters.showing(sanctions::cadreLabel));
        sanctionCadre.valueProperty().bindBidirectional(sanctions.cadreProperty());
        sanctionDate.valueProperty().bindBidirectional(sanctions.dateProperty());
        sanctionKind.getItems().setAll(SanctionKind.values());
        sanctionKind.setConverter(Converters.showing(sanctions::kindLabel));
        sanctionKind.valueProperty().bindBidirectional(sanctions.kindProperty());
        sanctionNumber.textProperty().bindBidirectional(sanctions.documentNumberProperty());
        sanctionNote.textProperty().bindBidirectional(sanctions.noteProperty());
        sanctionMessage.textProperty().bind(sanctions.messageProperty());
        addSanctionButton.disableProperty().bind(readOnly);
        deleteSanctionButton.disableProperty().bind(readOnly.or(sanctions.selectedProperty().isNull()));

        results.yearProperty().addListener((o, a, b) -> {
            if (b != null) {
                scheme.load(b);
                sanctions.load(b);
            }
        });
        results.reload();
        scheme.load(results.yearProperty().get());
        sanctions.load(results.yearProperty().get());
    }

    private void rebuildTree() {
        TreeItem<Indicator> top = new TreeItem<>();
        Map<UUID, TreeItem<Indicator>> items = new HashMap<>();
        TreeItem<Indicator> chosen = null;
        for (Indicator i : scheme.indicators()) {
            TreeItem<Indicator> item = new TreeItem<>(i);
            item.setExpanded(true);
            items.put(i.id(), item);
            TreeItem<Indicator> parent = i.parentId() == null ? top : items.getOrDefault(i.parentId(), top);
            parent.getChildren().add(item);
            if (i == scheme.selectedProperty().get()) {
                chosen = item;
            }
        }
        schemeTree.setRoot(top);
        if (chosen != null) {
            schemeTree.getSelectionModel().select(chosen);
        }
    }

    @FXML
    private void onCompute() {
        results.compute();
    }

    @FXML
    private void onPrintOne() {
        results.printSelected();
    }

    @FXML
    private void onPrintShown() {
        results.printShown();
    }

    @FXML
    private void onPrintUnits() {
        results.printUnits();
    }

    @FXML
    private void onPrintShownToPdf() {
        results.printShownTo(AssessmentViewModel.Destination.PDF_FILE);
    }

    @FXML
    private void onPrintShownToPrinter() {
        results.printShownTo(AssessmentViewModel.Destination.PRINTER);
    }

    @FXML
    private void onCancelBatch() {
        results.cancelBatch();
    }

    @FXML
    private void onSaveEntry() {
        results.saveEntry();
    }

    @FXML
    private void onAddCategory() {
        scheme.addCategory();
    }

    @FXML
    private void onAddIndicator() {
        scheme.addIndicator();
    }

    @FXML
    private void onRemove() {
        scheme.removeSelected();
    }

    @FXML
    private void onApply() {
        scheme.applyForm();
    }

    @FXML
    private void onSaveScheme() {
        scheme.save();
    }

    @FXML
    private void onCopyScheme() {
        scheme.copyPreviousYear();
    }

    @FXML
    private void onAddSanction() {
        sanctions.add();
    }

    @FXML
    private void onDeleteSanction() {
        sanctions.deleteSelected();
    }

    /** Reads the records again for what other users changed, unless scores are being typed for a cadre. */
    @Override
    public boolean refresh() {
        if (results.hasUnsavedEntry()) {
            return false;
        }
        results.reload();
        return true;
    }
}
