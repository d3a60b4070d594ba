package org.integritydesk.ui.supervision;

import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitKind;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the visit form to {@link VisitFormViewModel}; the four area rows are built here, one per area. */
public final class VisitFormView {
    private final VisitFormViewModel form;
    private Consumer<SupervisionVisit> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private DatePicker visitDateField;
    @FXML private ComboBox<VisitKind> kindField;
    @FXML private ComboBox<OrgUnit> unitField;
    @FXML private ComboBox<MonitoringGroup> groupField;
    @FXML private TextField membersField;
    @FXML private TextField responsiblePersonField;
    @FXML private TextArea notesField;
    @FXML private GridPane areaGrid;
    @FXML private Label visitDateError;
    @FXML private Label unitError;
    @FXML private Label membersError;
    @FXML private Label responsiblePersonError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public VisitFormView(VisitFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Consumer<SupervisionVisit> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        DateFields.bind(visitDateField, form.visitDateProperty(), (bad, text) -> form.setDateUnreadable("visitDate", bad));
        choices(kindField, VisitKind.values());
        kindField.valueProperty().bindBidirectional(form.kindProperty());
        unitField.getItems().setAll(form.units());
        unitField.setConverter(Converters.showing(form::unitLabel));
        unitField.valueProperty().bindBidirectional(form.unitProperty());
        choices(groupField, MonitoringGroup.values());
        groupField.valueProperty().bindBidirectional(form.groupProperty());
        membersField.textProperty().bindBidirectional(form.membersProperty());
        responsiblePersonField.textProperty().bindBidirectional(form.responsiblePersonProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        int r = 1;
        for (VisitFormViewModel.AreaRow row : form.rows()) {
            String id = row.area().name();
            CheckBox problem = new CheckBox(form.label(row.area()));
            problem.setId("problem" + id);
            problem.selectedProperty().bindBidirectional(row.problemProperty());
            TextField description = new TextField();
            description.setId("description" + id);
            description.textProperty().bindBidirectional(row.descriptionProperty());
            ComboBox<CadreSummary> cadre = new ComboBox<>(form.cadreChoices());
            cadre.setConverter(Converters.showing(form::cadreLabel));
            cadre.valueProperty().bindBidirectional(row.cadreProperty());
            cadre.setMaxWidth(Double.MAX_VALUE);
            ComboBox<ProblemSeverity> severity = new ComboBox<>();
            severity.setId("severity" + id);
            choices(severity, ProblemSeverity.values());
            severity.valueProperty().bindBidirectional(row.severityProperty());
            severity.setMaxWidth(Double.MAX_VALUE);
            TextField measures = new TextField();
            measures.setId("measures" + id);
            measures.textProperty().bindBidirectional(row.measuresProperty());
            DatePicker deadline = new DatePicker();
            deadline.setId("deadline" + id);
            DateFields.bind(deadline, row.deadlineProperty(), (bad, text) -> form.setDateUnreadable("findings." + id, bad));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(row.errorProperty());
            for (var field : new javafx.scene.Node[] {description, cadre, severity, measures, deadline}) {
                field.disableProperty().bind(problem.selectedProperty().not());
            }
            if (row.inLedger()) {
                for (var field : new javafx.scene.Node[] {problem, description, cadre, severity, measures, deadline}) {
                    field.disableProperty().unbind();
                    field.setDisable(true);
                }
            }
            areaGrid.addRow(r, problem, description, cadre, severity, measures, deadline);
            areaGrid.add(error, 1, r + 1, 5, 1);
            r += 2;
        }
        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        saveButton.disableProperty().bind(form.savingProperty());
        showErrors();
    }

    private <E extends Enum<E> & Labelled> void choices(ComboBox<E> box, E[] values) {
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(form::label));
    }

    private void showErrors() {
        var errors = form.errors();
        visitDateError.setText(errors.getOrDefault("visitDate", ""));
        unitError.setText(errors.getOrDefault("unit", ""));
        membersError.setText(errors.getOrDefault("members", ""));
        responsiblePersonError.setText(errors.getOrDefault("responsiblePerson", ""));
        summaryError.setText(errors.containsKey("findings") ? errors.get("findings") : form.errorSummary());
    }

    @FXML
    private void onSave() {
        form.save(saved -> onSaved.accept(saved));
    }

    @FXML
    private void onCancel() {
        onCancel.run();
    }
}
