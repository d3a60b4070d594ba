package org.integritydesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the first-start window to {@link SetupViewModel}. */
public final class SetupView {
    private final SetupViewModel setup;
    private Runnable onDone = () -> { };

    @FXML private TextField nameField;
    @FXML private TextField codeField;
    @FXML private CheckBox demoCheck;
    @FXML private Label errorLabel;
    @FXML private Label progressLabel;
    @FXML private Button startButton;

    public SetupView(SetupViewModel setup) {
        this.setup = setup;
    }

    public void setOnDone(Runnable onDone) {
        this.onDone = onDone;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(setup.bureauNameProperty());
        codeField.textProperty().bindBidirectional(setup.bureauCodeProperty());
        demoCheck.selectedProperty().bindBidirectional(setup.loadDemoProperty());
        nameField.disableProperty().bind(setup.loadDemoProperty().or(setup.workingProperty()));
        codeField.disableProperty().bind(setup.loadDemoProperty().or(setup.workingProperty()));
        errorLabel.textProperty().bind(setup.errorProperty());
        progressLabel.textProperty().bind(setup.progressTextProperty());
        startButton.disableProperty().bind(setup.workingProperty());
    }

    @FXML
    private void onStart() {
        setup.finish(onDone);
    }
}
