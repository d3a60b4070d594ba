package org.integritydesk.ui.responsibility;

import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the responsibility task form to {@link TaskFormViewModel}; the error labels follow its error map. */
public final class TaskFormView {
    private final TaskFormViewModel form;
    private Consumer<ResponsibilityTask> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private Label yearLabel;
    @FXML private ComboBox<ResponsibilityCategory> categoryField;
    @FXML private TextArea textField;
    @FXML private ComboBox<OrgUnit> unitField;
    @FXML private ComboBox<CadreSummary> leaderField;
    @FXML private DatePicker deadlineField;
    @FXML private Label categoryError;
    @FXML private Label textError;
    @FXML private Label unitError;
    @FXML private Label leaderError;
    @FXML private Label deadlineError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public TaskFormView(TaskFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Consumer<ResponsibilityTask> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        yearLabel.setText(String.valueOf(form.year()));
        categoryField.getItems().setAll(ResponsibilityCategory.values());
        categoryField.setConverter(Converters.showing(form::label));
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        textField.textProperty().bindBidirectional(form.textProperty());
        unitField.getItems().setAll(form.units());
        unitField.setConverter(Converters.showing(form::unitLabel));
        unitField.valueProperty().bindBidirectional(form.unitProperty());
        leaderField.setItems(form.leaderChoices());
        leaderField.setConverter(Converters.showing(form::leaderLabel));
        leaderField.valueProperty().bindBidirectional(form.leaderProperty());
        DateFields.bind(deadlineField, form.deadlineProperty(), (bad, text) -> form.setDateUnreadable("deadline", bad));
        form.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        saveButton.disableProperty().bind(form.savingProperty());
        showErrors();
    }

    private void showErrors() {
        var errors = form.errors();
        categoryError.setText(errors.getOrDefault("category", ""));
        textError.setText(errors.getOrDefault("text", ""));
        unitError.setText(errors.getOrDefault("unit", ""));
        leaderError.setText(errors.getOrDefault("leader", ""));
        deadlineError.setText(errors.getOrDefault("deadline", errors.getOrDefault("year", "")));
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
