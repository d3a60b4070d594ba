package org.integritydesk.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.integritydesk.model.TableComparison;
import org.integritydesk.ui.common.Columns;

/** Binds the 数据库 tab to {@link DatabaseViewModel}. */
public final class DatabaseView {
    private final DatabaseViewModel model;

    @FXML private Label currentLabel;
    @FXML private RadioButton embeddedChoice;
    @FXML private RadioButton serverChoice;
    @FXML private GridPane serverForm;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordHintLabel;
    @FXML private CheckBox tlsBox;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;
    @FXML private VBox moveBox;
    @FXML private Button moveButton;
    @FXML private ProgressBar moveProgress;
    @FXML private TableView<TableComparison> comparisonTable;
    @FXML private TableColumn<TableComparison, String> tableColumn;
    @FXML private TableColumn<TableComparison, String> sourceRowsColumn;
    @FXML private TableColumn<TableComparison, String> targetRowsColumn;
    @FXML private TableColumn<TableComparison, String> hashColumn;
    @FXML private TableColumn<TableComparison, String> sameColumn;

    public DatabaseView(DatabaseViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        currentLabel.textProperty().bind(model.currentProperty());
        serverChoice.selectedProperty().bindBidirectional(model.serverProperty());
        embeddedChoice.setSelected(!model.serverProperty().get());
        model.serverProperty().addListener((o, was, now) -> embeddedChoice.setSelected(!now));
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        databaseField.textProperty().bindBidirectional(model.databaseProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        tlsBox.selectedProperty().bindBidirectional(model.tlsProperty());
        passwordHintLabel.textProperty().bind(model.passwordHintProperty());
        serverForm.disableProperty().bind(model.serverProperty().not());
        testButton.disableProperty().bind(model.workingProperty().or(model.serverProperty().not()));
        saveButton.disableProperty().bind(model.workingProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        model.statusKindProperty().addListener((o, was, kind) -> {
            statusLabel.getStyleClass().removeAll("status-ok", "status-problem");
            if (kind == DatabaseViewModel.StatusKind.OK) {
                statusLabel.getStyleClass().add("status-ok");
            } else if (kind == DatabaseViewModel.StatusKind.PROBLEM) {
                statusLabel.getStyleClass().add("status-problem");
            }
        });
        moveBox.setVisible(model.mayMove());
        moveBox.setManaged(model.mayMove());
        moveButton.disableProperty().bind(model.workingProperty().or(model.serverProperty().not()));
        moveProgress.progressProperty().bind(model.moveProgressProperty());
        moveProgress.visibleProperty().bind(model.movingProperty().or(model.moveProgressProperty().greaterThan(0)));
        Columns.text(tableColumn, TableComparison::table);
        Columns.text(sourceRowsColumn, t -> String.valueOf(t.sourceRows()));
        Columns.text(targetRowsColumn, t -> String.valueOf(t.targetRows()));
        Columns.text(hashColumn, t -> TableComparison.shortHash(t.targetHash()));
        Columns.text(sameColumn, model::same);
        comparisonTable.setItems(model.comparisons());
        model.load();
    }

    @FXML private void onMove() {
        model.moveToServer();
    }

    @FXML private void onTest() {
        model.testConnection();
    }

    @FXML private void onSave() {
        model.save();
    }
}
