package org.integritydesk.ui.commitment;

import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.integritydesk.ui.common.DateFields;

/** Binds the signing form to {@link CommitmentFormViewModel}. */
public final class CommitmentFormView {
    private final CommitmentFormViewModel form;
    private Runnable onSaved = () -> { };
    private Runnable onCancel = () -> { };

    @FXML private Label cadreValue;
    @FXML private DatePicker signedOnField;
    @FXML private TextArea notesField;
    @FXML private Label signedOnError;
    @FXML private Label notesError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public CommitmentFormView(CommitmentFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Runnable onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        cadreValue.setText(form.cadreText());
        DateFields.bind(signedOnField, form.signedOnProperty(), (bad, text) -> form.setDateUnreadable(bad));
        notesField.textProperty().bindBidirectional(form.notesProperty());
        summaryError.textProperty().bind(form.summaryProperty());
        saveButton.disableProperty().bind(form.savingProperty());
        form.errors().addListener((MapChangeListener<String, String>) c -> {
            signedOnError.setText(form.errors().getOrDefault("signedOn", ""));
            notesError.setText(form.errors().getOrDefault("notes", ""));
        });
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
