package org.integritydesk.ui.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Binds the lock screen to {@link IdleLockViewModel}. */
public final class IdleLockView {
    private final IdleLockViewModel lock;
    private final String userText;

    @FXML private Label userLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private Button unlockButton;

    public IdleLockView(IdleLockViewModel lock, String userText) {
        this.lock = lock;
        this.userText = userText;
    }

    @FXML
    private void initialize() {
        userLabel.setText(userText);
        passwordField.textProperty().bindBidirectional(lock.passwordProperty());
        errorLabel.textProperty().bind(lock.errorProperty());
        unlockButton.disableProperty().bind(lock.workingProperty());
    }

    public void focusPassword() {
        passwordField.requestFocus();
    }

    @FXML
    private void onUnlock() {
        lock.unlock();
    }
}
