package org.integritydesk.ui.login;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds the login window to {@link LoginViewModel}. */
public final class LoginView {
    private final LoginViewModel login;
    private Consumer<Boolean> onSuccess = mustChange -> { };

    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private Label databaseLabel;
    @FXML private Button loginButton;

    public LoginView(LoginViewModel login) {
        this.login = login;
    }

    public void setOnSuccess(Consumer<Boolean> onSuccess) {
        this.onSuccess = onSuccess;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(login.usernameProperty());
        passwordField.textProperty().bindBidirectional(login.passwordProperty());
        errorLabel.textProperty().bind(login.errorProperty());
        databaseLabel.textProperty().bind(login.databaseProperty());
        databaseLabel.visibleProperty().bind(login.databaseProperty().isNotEmpty());
        databaseLabel.managedProperty().bind(login.databaseProperty().isNotEmpty());
        loginButton.disableProperty().bind(login.workingProperty());
        usernameField.disableProperty().bind(login.workingProperty());
        passwordField.disableProperty().bind(login.workingProperty());
    }

    /** Puts the cursor where typing should start: the password when the name is remembered. */
    public void focusFirstEmptyField() {
        (usernameField.getText().isEmpty() ? usernameField : passwordField).requestFocus();
    }

    @FXML
    private void onLogin() {
        login.login(onSuccess);
    }
}
