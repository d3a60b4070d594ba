package org.integritydesk.ui.admin;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.DirectoryChooser;
import org.integritydesk.service.BackupInfo;
import org.integritydesk.ui.common.Columns;

/** Binds the backups tab to {@link BackupsViewModel}. */
public final class BackupsView {
    private final BackupsViewModel backups;

    @FXML private Label folderLabel;
    @FXML private TableView<BackupInfo> table;
    @FXML private TableColumn<BackupInfo, String> timeColumn;
    @FXML private TableColumn<BackupInfo, String> kindColumn;
    @FXML private TableColumn<BackupInfo, String> sizeColumn;
    @FXML private TableColumn<BackupInfo, String> fileColumn;
    @FXML private Button backupButton;
    @FXML private Button verifyButton;
    @FXML private Button restoreButton;
    @FXML private Label statusLabel;

    public BackupsView(BackupsViewModel backups) {
        this.backups = backups;
    }

    @FXML
    private void initialize() {
        folderLabel.textProperty().bind(backups.folderProperty());
        Columns.text(timeColumn, backups::when);
        Columns.text(kindColumn, backups::kind);
        Columns.text(sizeColumn, backups::size);
        Columns.text(fileColumn, b -> b.file().getFileName().toString());
        table.setItems(backups.backups());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> backups.selectedProperty().set(b));
        backupButton.disableProperty().bind(backups.workingProperty());
        verifyButton.disableProperty().bind(backups.selectedProperty().isNull());
        restoreButton.disableProperty().bind(backups.selectedProperty().isNull());
        statusLabel.textProperty().bind(backups.statusProperty());
        backups.reload();
    }

    @FXML private void onBackup() {
        backups.backupNow();
    }

    @FXML private void onChangeFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        File chosen = chooser.showDialog(table.getScene().getWindow());
        backups.changeFolder(chosen == null ? null : chosen.toPath());
    }

    @FXML private void onVerify() {
        backups.verifySelected();
    }

    @FXML private void onRestore() {
        backups.restoreSelected();
    }
}
