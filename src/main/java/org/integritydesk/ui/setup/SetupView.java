package org.integritydesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds the first-start window: a new database here ({@link SetupViewModel}: the form, then the
 * recovery code page), or joining the office's server ({@link JoinServerViewModel}).
 */
public final class SetupView {
    private final SetupViewModel setup;
    private final JoinServerViewModel join;
    private Runnable onDone = () -> { };

    @FXML private VBox formPage;
    @FXML private RadioButton newChoice;
    @FXML private RadioButton joinChoice;
    @FXML private VBox newBox;
    @FXML private VBox joinBox;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField serverPasswordField;
    @FXML private CheckBox tlsBox;
    @FXML private Label joinErrorLabel;
    @FXML private Label joinProgressLabel;
    @FXML private Button joinButton;
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

    public SetupView(SetupViewModel setup, JoinServerViewModel join) {
        this.setup = setup;
        this.join = join;
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
        bindJoin();
    }

    private void bindJoin() {
        joinChoice.selectedProperty().bindBidirectional(join.chosenProperty());
        newChoice.setSelected(!join.chosenProperty().get());
        join.chosenProperty().addListener((o, was, now) -> newChoice.setSelected(!now));
        newBox.visibleProperty().bind(join.chosenProperty().not());
        newBox.managedProperty().bind(join.chosenProperty().not());
        joinBox.visibleProperty().bind(join.chosenProperty());
        joinBox.managedProperty().bind(join.chosenProperty());
        // only the shown way's button answers Enter
        startButton.defaultButtonProperty().bind(join.chosenProperty().not());
        joinButton.defaultButtonProperty().bind(join.chosenProperty());
        var busy = setup.workingProperty().or(join.workingProperty());
        newChoice.disableProperty().bind(busy);
        joinChoice.disableProperty().bind(busy);
        hostField.textProperty().bindBidirectional(join.form().hostProperty());
        portField.textProperty().bindBidirectional(join.form().portProperty());
        databaseField.textProperty().bindBidirectional(join.form().databaseProperty());
        userField.textProperty().bindBidirectional(join.form().userProperty());
        serverPasswordField.textProperty().bindBidirectional(join.form().passwordProperty());
        tlsBox.selectedProperty().bindBidirectional(join.form().tlsProperty());
        joinErrorLabel.textProperty().bind(join.errorProperty());
        joinProgressLabel.textProperty().bind(join.progressTextProperty());
        joinButton.disableProperty().bind(join.workingProperty());
    }

    @FXML
    private void onStart() {
        setup.finish();
    }

    @FXML
    private void onJoin() {
        join.join();
    }

    @FXML
    private void onContinue() {
        onDone.run();
    }
}
