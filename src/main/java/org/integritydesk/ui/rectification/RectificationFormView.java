package org.integritydesk.ui.rectification;

import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the ledger item form to {@link RectificationFormViewModel}; the error labels follow its error map. */
public final class RectificationFormView {
    private final RectificationFormViewModel form;
    private Consumer<Rectification> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private ComboBox<ProblemSource> sourceField;
    @FXML private ComboBox<OrgUnit> unitField;
    @FXML private ComboBox<CadreSummary> cadreField;
    @FXML private ComboBox<ProblemCategory> categoryField;
    @FXML private ComboBox<ProblemSeverity> severityField;
    @FXML private ComboBox<ProblemResponse> responseField;
    @FXML private Label suggestionLabel;
    @FXML private TextArea descriptionField;
    @FXML private DatePicker foundOnField;
    @FXML private TextArea measuresField;
    @FXML private ComboBox<OrgUnit> responsibleUnitField;
    @FXML private TextField responsiblePersonField;
    @FXML private DatePicker deadlineField;
    @FXML private DatePicker returnVisitField;
    @FXML private Label sourceError;
    @FXML private Label unitError;
    @FXML private Label cadreError;
    @FXML private Label categoryError;
    @FXML private Label severityError;
    @FXML private Label responseError;
    @FXML private Label descriptionError;
    @FXML private Label foundOnError;
    @FXML private Label measuresError;
    @FXML private Label responsibleUnitError;
    @FXML private Label responsiblePersonError;
    @FXML private Label deadlineError;
    @FXML private Label returnVisitDateError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public RectificationFormView(RectificationFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Consumer<Rectification> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        choices(sourceField, ProblemSource.values());
        sourceField.valueProperty().bindBidirectional(form.sourceProperty());
        unitField.getItems().setAll(form.units());
        unitField.setConverter(Converters.showing(form::unitLabel));
        unitField.valueProperty().bindBidirectional(form.unitProperty());
        cadreField.setItems(form.cadreChoices());
        cadreField.setConverter(Converters.showing(form::cadreLabel));
        cadreField.valueProperty().bindBidirectional(form.cadreProperty());
        choices(categoryField, ProblemCategory.values());
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        choices(severityField, ProblemSeverity.values());
        severityField.valueProperty().bindBidirectional(form.severityProperty());
        choices(responseField, ProblemResponse.values());
        responseField.valueProperty().bindBidirectional(form.responseProperty());
        suggestionLabel.textProperty().bind(form.suggestionProperty());
        descriptionField.textProperty().bindBidirectional(form.descriptionProperty());
        DateFields.bind(foundOnField, form.foundOnProperty(), (bad, text) -> form.setDateUnreadable("foundOn", bad));
        measuresField.textProperty().bindBidirectional(form.measuresProperty());
        responsibleUnitField.getItems().setAll(form.units());
        responsibleUnitField.setConverter(Converters.showing(form::unitLabel));
        responsibleUnitField.valueProperty().bindBidirectional(form.responsibleUnitProperty());
        responsiblePersonField.textProperty().bindBidirectional(form.responsiblePersonProperty());
        DateFields.bind(deadlineField, form.deadlineProperty(), (bad, text) -> form.setDateUnreadable("deadline", bad));
        DateFields.bind(returnVisitField, form.returnVisitDateProperty(),
                (bad, text) -> form.setDateUnreadable("returnVisitDate", bad));
        form.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        saveButton.disableProperty().bind(form.savingProperty());
        showErrors();
    }

    private <E extends Enum<E> & Labelled> void choices(ComboBox<E> box, E[] values) {
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(form::label));
    }

    private void showErrors() {
        var errors = form.errors();
        sourceError.setText(errors.getOrDefault("source", ""));
        unitError.setText(errors.getOrDefault("unit", ""));
        cadreError.setText(errors.getOrDefault("cadre", ""));
        categoryError.setText(errors.getOrDefault("category", ""));
        severityError.setText(errors.getOrDefault("severity", ""));
        responseError.setText(errors.getOrDefault("response", ""));
        descriptionError.setText(errors.getOrDefault("description", ""));
        foundOnError.setText(errors.getOrDefault("foundOn", ""));
        measuresError.setText(errors.getOrDefault("measures", ""));
        responsibleUnitError.setText(errors.getOrDefault("responsibleUnit", ""));
        responsiblePersonError.setText(errors.getOrDefault("responsiblePerson", ""));
        deadlineError.setText(errors.getOrDefault("deadline", ""));
        returnVisitDateError.setText(errors.getOrDefault("returnVisitDate", ""));
        summaryError.setText(form.errorSummary());
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
