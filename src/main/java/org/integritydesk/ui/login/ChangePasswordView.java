package org.integritydesk.ui.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Binds the change-password window to {@link ChangePasswordViewModel}. */
public final class ChangePasswordView {
    private final ChangePasswordViewModel form;
    private final String heading;
    private Runnable onDone = () -> { };

    @FXML private Label headingLabel;
    @FXML private PasswordField oldField;
    @FXML private PasswordField newField;
    @FXML private PasswordField confirmField;
    @FXML private Label strengthLabel;
    @FXML private Label errorLabel;
    @FXML private Button changeButton;

    public ChangePasswordView(ChangePasswordViewModel form, String heading) {
        this.form = form;
        this.heading = heading;
    }

    public void setOnDone(Runnable onDone) {
        this.onDone = onDone;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(heading);
        oldField.textProperty().bindBidirectional(form.oldPasswordProperty());
        newField.textProperty().bindBidirectional(form.newPasswordProperty());
        confirmField.textProperty().bindBidirectional(form.confirmationProperty());
        strengthLabel.textProperty().bind(form.strengthProperty());
        errorLabel.textProperty().bind(form.errorProperty());
        changeButton.disableProperty().bind(form.workingProperty());
    }

    @FXML
    private void onChange() {
        form.change(onDone);
    }
}
