package org.integritydesk.ui.talk;

import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.TalkKind;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the talk form's controls to {@link TalkFormViewModel}; the error labels follow its error map. */
public final class TalkFormView {
    private final TalkFormViewModel form;
    private Runnable onSaved = () -> { };
    private Runnable onCancel = () -> { };

    @FXML private TextField cadreSearchField;
    @FXML private ComboBox<CadreSummary> cadreField;
    @FXML private ComboBox<TalkKind> kindField;
    @FXML private DatePicker dateField;
    @FXML private TextField talkerField;
    @FXML private ComboBox<CadreSummary> talkerCadreField;
    @FXML private TextField recorderField;
    @FXML private TextArea contentField;
    @FXML private TextArea statementField;
    @FXML private TextArea followUpField;
    @FXML private Label cadreError;
    @FXML private Label kindError;
    @FXML private Label dateError;
    @FXML private Label talkerError;
    @FXML private Label recorderError;
    @FXML private Label contentError;
    @FXML private Label statementError;
    @FXML private Label followUpError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public TalkFormView(TalkFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Runnable onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        cadreSearchField.textProperty().bindBidirectional(form.cadreSearchProperty());
        cadreField.setItems(form.cadreChoices());
        cadreField.setConverter(Converters.showing(form::cadreLabel));
        cadreField.valueProperty().bindBidirectional(form.cadreProperty());
        kindField.getItems().setAll(TalkKind.values());
        kindField.setConverter(Converters.showing(form::kindLabel));
        kindField.valueProperty().bindBidirectional(form.kindProperty());
        DateFields.bind(dateField, form.dateProperty(), (bad, text) -> form.setDateUnreadable(bad));
        talkerField.textProperty().bindBidirectional(form.talkerNameProperty());
        talkerCadreField.setItems(form.talkerChoices());
        talkerCadreField.setConverter(Converters.showing(form::talkerLabel));
        talkerCadreField.valueProperty().bindBidirectional(form.talkerCadreProperty());
        recorderField.textProperty().bindBidirectional(form.recorderNameProperty());
        contentField.textProperty().bindBidirectional(form.contentProperty());
        statementField.textProperty().bindBidirectional(form.statementProperty());
        followUpField.textProperty().bindBidirectional(form.followUpProperty());
        summaryError.textProperty().bind(form.summaryProperty());
        saveButton.disableProperty().bind(form.savingProperty());
        form.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        showErrors();
    }

    private void showErrors() {
        var errors = form.errors();
        cadreError.setText(errors.getOrDefault("cadre", ""));
        kindError.setText(errors.getOrDefault("kind", ""));
        dateError.setText(errors.getOrDefault("date", ""));
        talkerError.setText(errors.getOrDefault("talker", ""));
        recorderError.setText(errors.getOrDefault("recorder", ""));
        contentError.setText(errors.getOrDefault("content", ""));
        statementError.setText(errors.getOrDefault("statement", ""));
        followUpError.setText(errors.getOrDefault("followUp", ""));
    }

    @FXML
    private void onSave() {
        form.save(saved -> onSaved.run());
    }

    @FXML
    private void onCancel() {
        onCancel.run();
    }
}
