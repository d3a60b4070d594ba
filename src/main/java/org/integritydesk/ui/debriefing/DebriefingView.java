package org.integritydesk.ui.debriefing;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/**
 * Binds the 述职述廉 tab to {@link DebriefingViewModel}. The ballot grid is built here from the view-model's
 * rows: a text field per number, Tab and Enter move to the next field, each row's check shown beside it.
 */
public final class DebriefingView {
    private final DebriefingViewModel model;
    private final BallotImports ballotImports;

    @FXML private SplitPane root;
    @FXML private Button newButton;
    @FXML private Button deleteButton;
    @FXML private MenuButton printButton;
    @FXML private MenuItem printBallotItem;
    @FXML private MenuItem printSummaryItem;
    @FXML private TextField copiesField;
    @FXML private TableView<DebriefingSession> sessionTable;
    @FXML private TableColumn<DebriefingSession, String> numberColumn;
    @FXML private TableColumn<DebriefingSession, String> dateColumn;
    @FXML private TableColumn<DebriefingSession, String> unitColumn;
    @FXML private Label countLabel;
    @FXML private TabPane detailTabs;
    @FXML private Tab formTab;
    @FXML private Tab cadresTab;
    @FXML private Tab representativesTab;
    @FXML private Tab ballotsTab;
    @FXML private Tab commentsTab;
    @FXML private Tab summaryTab;
    @FXML private Label formTitle;
    @FXML private DatePicker dateField;
    @FXML private TextField placeField;
    @FXML private ComboBox<org.integritydesk.model.OrgUnit> unitField;
    @FXML private ComboBox<SatisfactionFormula> formulaField;
    @FXML private TextField votersField;
    @FXML private CheckBox doubleEntryField;
    @FXML private Label formError;
    @FXML private Button saveSessionButton;
    @FXML private ComboBox<ReportingCategory> categoryField;
    @FXML private TextField cadreSearchField;
    @FXML private ComboBox<CadreSummary> cadreChoiceField;
    @FXML private Button addCadreButton;
    @FXML private Button removeCadreButton;
    @FXML private TableView<ReportingCadre> cadreTable;
    @FXML private TableColumn<ReportingCadre, String> cadreOrderColumn;
    @FXML private TableColumn<ReportingCadre, String> cadreNameColumn;
    @FXML private TableColumn<ReportingCadre, String> cadreUnitColumn;
    @FXML private TableColumn<ReportingCadre, String> cadrePositionColumn;
    @FXML private TableColumn<ReportingCadre, String> cadreCategoryColumn;
    @FXML private ComboBox<RepresentativeKind> repKindField;
    @FXML private TextField repNameField;
    @FXML private TextField repOrganisationField;
    @FXML private TextField repCodeField;
    @FXML private TextField repMobileField;
    @FXML private Button addRepButton;
    @FXML private Button removeRepButton;
    @FXML private Label repError;
    @FXML private TableView<Representative> repTable;
    @FXML private TableColumn<Representative, String> repKindColumn;
    @FXML private TableColumn<Representative, String> repNameColumn;
    @FXML private TableColumn<Representative, String> repOrganisationColumn;
    @FXML private TableColumn<Representative, String> repCodeColumn;
    @FXML private TableColumn<Representative, String> repMobileColumn;
    @FXML private ComboBox<EntryRound> roundField;
    @FXML private Label gridSummary;
    @FXML private Button copyCountsButton;
    @FXML private GridPane ballotGrid;
    @FXML private Label mismatchLabel;
    @FXML private Button saveTalliesButton;
    @FXML private Button importBallotsButton;
    @FXML private Label entryMessage;
    @FXML private TextArea ballotLinesField;
    @FXML private Button saveLinesButton;
    @FXML private TableView<DebriefingComment> commentTable;
    @FXML private TableColumn<DebriefingComment, String> commentFromColumn;
    @FXML private TableColumn<DebriefingComment, String> commentToColumn;
    @FXML private TableColumn<DebriefingComment, String> commentQuestionColumn;
    @FXML private TableColumn<DebriefingComment, String> commentAnswerColumn;
    @FXML private TableColumn<DebriefingComment, String> commentLedgerColumn;
    @FXML private ComboBox<Representative> commentFromField;
    @FXML private ComboBox<ReportingCadre> commentToField;
    @FXML private TextArea questionField;
    @FXML private TextArea answerField;
    @FXML private Button saveCommentButton;
    @FXML private Button deleteCommentButton;
    @FXML private Label commentError;
    @FXML private TitledPane ledgerPane;
    @FXML private ComboBox<ProblemCategory> ledgerCategoryField;
    @FXML private ComboBox<ProblemSeverity> ledgerSeverityField;
    @FXML private TextField ledgerMeasuresField;
    @FXML private TextField ledgerPersonField;
    @FXML private DatePicker ledgerDeadlineField;
    @FXML private Button toLedgerButton;
    @FXML private Label resultText;
    @FXML private TableView<CadreBallotResult> resultTable;
    @FXML private TableColumn<CadreBallotResult, String> resultNameColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultCategoryColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultIssuedColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultReturnedColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultVoidedColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultValidColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultSatisfactionColumn;
    @FXML private TableColumn<CadreBallotResult, String> resultStateColumn;

    public DebriefingView(DebriefingViewModel model) {
        this(model, null);
    }

    /** @param ballotImports opens 导入测评票数 for a session; null: the tab offers no import */
    public DebriefingView(DebriefingViewModel model, BallotImports ballotImports) {
        this.model = model;
        this.ballotImports = ballotImports;
    }

    /** Opens the import window of a session's ballot totals; {@code onImported} reloads the tab. */
    @FunctionalInterface
    public interface BallotImports {
        void open(org.integritydesk.model.DebriefingSession session, Runnable onImported);
    }

    @FXML
    private void initialize() {
        bindSessions();
        bindForm();
        bindCadres();
        bindRepresentatives();
        bindBallots();
        bindComments();
        bindResults();
        boolean change = model.mayChange();
        boolean importing = change && ballotImports != null;
        importBallotsButton.setVisible(importing);
        importBallotsButton.setManaged(importing);
        for (var node : List.of(newButton, deleteButton, saveSessionButton, addCadreButton, removeCadreButton,
                addRepButton, removeRepButton, saveTalliesButton, saveLinesButton, saveCommentButton,
                deleteCommentButton, toLedgerButton, copyCountsButton)) {
            node.setVisible(change);
            node.setManaged(change);
        }
        var noSession = model.selectedProperty().isNull();
        for (Tab t : List.of(cadresTab, representativesTab, ballotsTab, commentsTab, summaryTab)) {
            t.disableProperty().bind(noSession);
        }
        deleteButton.disableProperty().bind(noSession);
        printBallotItem.disableProperty().bind(noSession);
        printSummaryItem.disableProperty().bind(noSession);
        model.reload();
    }

    private void bindSessions() {
        Columns.text(numberColumn, DebriefingSession::number);
        Columns.text(dateColumn, s -> s.date().toString());
        Columns.text(unitColumn, DebriefingSession::organisingUnitName);
        sessionTable.setItems(model.sessions());
        sessionTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (model.selectedProperty().get() == null
                    || !model.selectedProperty().get().id().equals(b.id()))) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, s) -> {
            if (s == null) {
                sessionTable.getSelectionModel().clearSelection();
            } else {
                sessionTable.getItems().stream().filter(x -> x.id().equals(s.id())).findFirst()
                        .ifPresent(x -> {
                            if (sessionTable.getSelectionModel().getSelectedItem() != x) {
                                sessionTable.getSelectionModel().select(x);
                            }
                        });
            }
        });
        countLabel.textProperty().bind(model.statusProperty());
        copiesField.textProperty().bindBidirectional(model.copiesProperty());
    }

    private void bindForm() {
        formTitle.textProperty().bind(model.formTitleProperty());
        DateFields.bind(dateField, model.dateProperty(), (bad, text) -> { });
        model.dateProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(dateField.getValue())) {
                dateField.setValue(d);
            }
        });
        placeField.textProperty().bindBidirectional(model.placeProperty());
        unitField.setItems(model.unitChoices());
        unitField.setConverter(Converters.showing(u -> u == null ? "" : u.name()));
        unitField.valueProperty().bindBidirectional(model.unitProperty());
        formulaField.getItems().setAll(SatisfactionFormula.values());
        formulaField.setConverter(Converters.showing(model::label));
        formulaField.valueProperty().bindBidirectional(model.formulaProperty());
        votersField.textProperty().bindBidirectional(model.expectedVotersProperty());
        doubleEntryField.selectedProperty().bindBidirectional(model.doubleEntryProperty());
        formError.textProperty().bind(model.formErrorProperty());
    }

    private void bindCadres() {
        categoryField.getItems().setAll(ReportingCategory.values());
        categoryField.setConverter(Converters.showing(model::label));
        categoryField.valueProperty().bindBidirectional(model.categoryProperty());
        cadreSearchField.textProperty().bindBidirectional(model.cadreSearchProperty());
        cadreChoiceField.setItems(model.cadreMatches());
        cadreChoiceField.setConverter(Converters.showing(c -> c == null ? ""
                : c.name() + "（" + c.unitName() + (c.position() == null ? "" : " " + c.position()) + "）"));
        cadreChoiceField.valueProperty().bindBidirectional(model.cadreChoiceProperty());
        cadreSearchField.setOnAction(e -> model.addCadre());
        Columns.text(cadreOrderColumn, c -> String.valueOf(c.order()));
        Columns.text(cadreNameColumn, ReportingCadre::name);
        Columns.text(cadreUnitColumn, ReportingCadre::unitName);
        Columns.text(cadrePositionColumn, ReportingCadre::position);
        Columns.text(cadreCategoryColumn, c -> model.label(c.category()));
        model.detailsProperty().addListener((o, a, d) -> cadreTable.getItems().setAll(d == null ? List.of() : d.cadres()));
        removeCadreButton.disableProperty().bind(cadreTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindRepresentatives() {
        repKindField.getItems().setAll(RepresentativeKind.values());
        repKindField.setConverter(Converters.showing(model::label));
        repKindField.valueProperty().bindBidirectional(model.repKindProperty());
        repNameField.textProperty().bindBidirectional(model.repNameProperty());
        repOrganisationField.textProperty().bindBidirectional(model.repOrganisationProperty());
        repCodeField.textProperty().bindBidirectional(model.repCodeProperty());
        repMobileField.textProperty().bindBidirectional(model.repMobileProperty());
        repCodeField.disableProperty().bind(model.repKindProperty().isNotEqualTo(RepresentativeKind.ENTERPRISE));
        repError.textProperty().bind(model.repErrorProperty());
        Columns.text(repKindColumn, r -> model.label(r.kind()));
        Columns.text(repNameColumn, Representative::name);
        Columns.text(repOrganisationColumn, Representative::organisation);
        Columns.text(repCodeColumn, Representative::creditCode);
        Columns.text(repMobileColumn, Representative::mobile);
        model.detailsProperty().addListener((o, a, d) -> repTable.getItems().setAll(
                d == null ? List.of() : d.representatives()));
        removeRepButton.disableProperty().bind(repTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindBallots() {
        BallotGridViewModel grid = model.grid();
        roundField.setItems(grid.rounds());
        roundField.setConverter(Converters.showing(model::label));
        roundField.valueProperty().bindBidirectional(grid.roundProperty());
        gridSummary.textProperty().bind(grid.summaryProperty());
        mismatchLabel.textProperty().bind(grid.mismatchesProperty());
        entryMessage.textProperty().bind(model.entryMessageProperty());
        ballotLinesField.textProperty().bindBidirectional(model.ballotLinesProperty());
        grid.rows().addListener((ListChangeListener<BallotGridViewModel.Row>) c -> buildGrid());
        buildGrid();
    }

    /** One row per cadre: the name, a field per number of the session's ballot, the row's check. */
    private void buildGrid() {
        BallotGridViewModel grid = model.grid();
        ballotGrid.getChildren().clear();
        List<BallotField> fields = List.copyOf(grid.fields());
        ballotGrid.add(new Label(""), 0, 0);
        for (int i = 0; i < fields.size(); i++) {
            Label head = new Label(model.label(fields.get(i)));
            GridPane.setHalignment(head, HPos.CENTER);
            ballotGrid.add(head, i + 1, 0);
        }
        List<TextField> order = new ArrayList<>();
        int r = 1;
        for (BallotGridViewModel.Row row : grid.rows()) {
            Label name = new Label(row.cadre().name());
            name.setMinWidth(60);
            ballotGrid.add(name, 0, r);
            for (int i = 0; i < fields.size(); i++) {
                TextField cell = new TextField();
                cell.setPrefColumnCount(3);
                cell.setId("cell-" + (r - 1) + "-" + fields.get(i).name());
                cell.textProperty().bindBidirectional(row.cell(fields.get(i)));
                cell.setEditable(model.mayChange());
                ballotGrid.add(cell, i + 1, r);
                order.add(cell);
            }
            Label check = new Label();
            check.setId("check-" + (r - 1));
            check.textProperty().bind(row.messageProperty());
            check.styleProperty().bind(javafx.beans.binding.Bindings.when(row.validProperty())
                    .then("-fx-text-fill: #2e7d32;").otherwise("-fx-text-fill: #c0392b;"));
            ballotGrid.add(check, fields.size() + 1, r);
            r++;
        }
        for (int i = 0; i < order.size(); i++) {
            TextField next = i + 1 < order.size() ? order.get(i + 1) : null;
            order.get(i).setOnAction(e -> {
                if (next != null) {
                    next.requestFocus();
                    next.selectAll();
                } else {
                    saveTalliesButton.requestFocus();
                }
            });
        }
    }

    private void bindComments() {
        Columns.text(commentFromColumn, c -> c.representativeName() == null ? "" : c.representativeName());
        Columns.text(commentToColumn, c -> c.cadreName() == null ? "" : c.cadreName());
        Columns.text(commentQuestionColumn, DebriefingComment::question);
        Columns.text(commentAnswerColumn, c -> c.answer() == null ? "" : c.answer());
        Columns.text(commentLedgerColumn, model::commentText);
        model.detailsProperty().addListener((o, a, d) -> {
            commentTable.getItems().setAll(d == null ? List.of() : d.comments());
            List<Representative> reps = new ArrayList<>();
            reps.add(null);
            List<ReportingCadre> to = new ArrayList<>();
            to.add(null);
            if (d != null) {
                reps.addAll(d.representatives());
                to.addAll(d.cadres());
            }
            commentFromField.getItems().setAll(reps);
            commentToField.getItems().setAll(to);
        });
        commentTable.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> model.editComment(c));
        commentFromField.setConverter(Converters.showing(r -> r == null ? "—" : r.name() + "（" + model.label(r.kind()) + "）"));
        commentToField.setConverter(Converters.showing(c -> c == null ? "—" : c.name()));
        commentFromField.valueProperty().bindBidirectional(model.commentFromProperty());
        commentToField.valueProperty().bindBidirectional(model.commentToProperty());
        questionField.textProperty().bindBidirectional(model.questionProperty());
        answerField.textProperty().bindBidirectional(model.answerProperty());
        commentError.textProperty().bind(model.commentErrorProperty());
        deleteCommentButton.disableProperty().bind(model.selectedCommentProperty().isNull());
        toLedgerButton.disableProperty().bind(model.selectedCommentProperty().isNull());
        ledgerCategoryField.getItems().setAll(ProblemCategory.values());
        ledgerCategoryField.setConverter(Converters.showing(model::label));
        ledgerCategoryField.valueProperty().bindBidirectional(model.ledgerCategoryProperty());
        ledgerSeverityField.getItems().setAll(ProblemSeverity.values());
        ledgerSeverityField.setConverter(Converters.showing(model::label));
        ledgerSeverityField.valueProperty().bindBidirectional(model.ledgerSeverityProperty());
        ledgerMeasuresField.textProperty().bindBidirectional(model.ledgerMeasuresProperty());
        ledgerPersonField.textProperty().bindBidirectional(model.ledgerPersonProperty());
        DateFields.bind(ledgerDeadlineField, model.ledgerDeadlineProperty(), (bad, text) -> { });
        model.ledgerDeadlineProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(ledgerDeadlineField.getValue())) {
                ledgerDeadlineField.setValue(d);
            }
        });
    }

    private void bindResults() {
        resultText.textProperty().bind(model.resultTextProperty());
        Columns.text(resultNameColumn, r -> r.cadre().name());
        Columns.text(resultCategoryColumn, r -> model.label(r.cadre().category()));
        Columns.text(resultIssuedColumn, r -> r.finalTally() == null ? "" : String.valueOf(r.finalTally().issued()));
        Columns.text(resultReturnedColumn, r -> r.finalTally() == null ? "" : String.valueOf(r.finalTally().returned()));
        Columns.text(resultVoidedColumn, r -> r.finalTally() == null ? "" : String.valueOf(r.finalTally().voided()));
        Columns.text(resultValidColumn, r -> r.finalTally() == null ? "" : String.valueOf(r.finalTally().valid()));
        Columns.text(resultSatisfactionColumn, r -> r.satisfaction() == null ? "—" : r.satisfaction().toPlainString() + "%");
        Columns.text(resultStateColumn, r -> model.stateText(r)
                + (r.mismatches().isEmpty() ? "" : "（" + model.mismatchText(r) + "）"));
        resultTable.setItems(model.results());
    }

    @FXML
    private void onNew() {
        model.newSession();
        detailTabs.getSelectionModel().select(formTab);
    }

    @FXML
    private void onDelete() {
        model.deleteSelected();
    }

    @FXML
    private void onPrintBallot() {
        model.printBallot();
    }

    @FXML
    private void onPrintSummary() {
        model.printSummary();
    }

    @FXML
    private void onPrintYear() {
        model.printYear();
    }

    @FXML
    private void onSaveSession() {
        model.saveSession();
    }

    @FXML
    private void onAddCadre() {
        model.addCadre();
    }

    @FXML
    private void onRemoveCadre() {
        model.removeCadre(cadreTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddRepresentative() {
        model.addRepresentative();
    }

    @FXML
    private void onRemoveRepresentative() {
        model.removeRepresentative(repTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onCopyCounts() {
        model.grid().copyFirstRowCounts();
    }

    @FXML
    private void onImportBallots() {
        var session = model.selectedProperty().get();
        if (session != null && ballotImports != null) {
            ballotImports.open(session, model::reload);
        }
    }

    @FXML
    private void onSaveTallies() {
        model.saveTallies();
    }

    @FXML
    private void onSaveLines() {
        model.saveBallotLines();
    }

    @FXML
    private void onSaveComment() {
        model.addComment();
    }

    @FXML
    private void onDeleteComment() {
        model.deleteComment(model.selectedCommentProperty().get());
    }

    @FXML
    private void onToLedger() {
        model.toLedger();
    }
}
