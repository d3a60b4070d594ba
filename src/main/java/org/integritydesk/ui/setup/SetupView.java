package org.integritydesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the first-start window to {@link SetupViewModel}: the form, then the recovery code page. */
public final class SetupView {
    private final SetupViewModel setup;
    private Runnable onDone = () -> { };

    @FXML private VBox formPage;
    @FXML private VBox recoveryPage;
    @FXML private TextField adminField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField confirmField;
    @FXML private Label strengthLabel;
    @FXML private TextField nameField;
    @FXML private TextField codeField;
    @FXML private CheckBox demoCheck;
    @FXML private Label errorLabel;
    @FXML private Label progressLabel;
    @FXML private Button startButton;
    @FXML private TextField recoveryCodeField;
    @FXML private CheckBox keptCheck;
    @FXML private Button continueButton;

    public SetupView(SetupViewModel setup) {
        this.setup = setup;
    }

    public void setOnDone(Runnable onDone) {
        this.onDone = onDone;
    }

    @FXML
    private void initialize() {
        adminField.textProperty().bindBidirectional(setup.adminUsernameProperty());
        passwordField.textProperty().bindBidirectional(setup.adminPasswordProperty());
        confirmField.textProperty().bindBidirectional(setup.adminConfirmationProperty());
        strengthLabel.textProperty().bind(setup.strengthProperty());
        nameField.textProperty().bindBidirectional(setup.bureauNameProperty());
        codeField.textProperty().bindBidirectional(setup.bureauCodeProperty());
        demoCheck.selectedProperty().bindBidirectional(setup.loadDemoProperty());
        nameField.disableProperty().bind(setup.loadDemoProperty().or(setup.workingProperty()));
        codeField.disableProperty().bind(setup.loadDemoProperty().or(setup.workingProperty()));
        errorLabel.textProperty().bind(setup.errorProperty());
        progressLabel.textProperty().bind(setup.progressTextProperty());
        startButton.disableProperty().bind(setup.workingProperty());
        var codeShown = setup.recoveryCodeProperty().isNotEmpty();
        formPage.visibleProperty().bind(codeShown.not());
        formPage.managedProperty().bind(codeShown.not());
        recoveryPage.visibleProperty().bind(codeShown);
        recoveryPage.managedProperty().bind(codeShown);
        recoveryCodeField.textProperty().bind(setup.recoveryCodeProperty());
        keptCheck.selectedProperty().bindBidirectional(setup.recoveryCodeKeptProperty());
        continueButton.disableProperty().bind(setup.recoveryCodeKeptProperty().not());
    }

    @FXML
    private void onStart() {
        setup.finish();
    }

    @FXML
    private void onContinue() {
        onDone.run();
    }
}
