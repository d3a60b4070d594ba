package org.integritydesk.ui.exchange;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import org.integritydesk.service.Messages;
import org.integritydesk.service.exchange.ExchangeService;
import org.integritydesk.ui.common.Columns;

/** Binds the 数据交换 tab to {@link ExchangeViewModel}; the file choosers for import and trust live here. */
public final class ExchangeView {
    private final ExchangeViewModel model;
    private final Messages messages;

    @FXML private Label siteLabel;
    @FXML private Button generateButton;
    @FXML private Button saveKeyButton;
    @FXML private Button trustButton;
    @FXML private Button exportButton;
    @FXML private Button importButton;
    @FXML private Button refreshButton;
    @FXML private TableView<ExchangeService.PeerStatus> peerTable;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> siteColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> lastReceivedColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> receivedAtColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> madeAtColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> unacknowledgedColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> toSendColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> conflictsColumn;
    @FXML private TableColumn<ExchangeService.PeerStatus, String> fingerprintColumn;
    @FXML private TableView<ExchangeService.Conflict> conflictTable;
    @FXML private TableColumn<ExchangeService.Conflict, String> conflictSiteColumn;
    @FXML private TableColumn<ExchangeService.Conflict, String> kindColumn;
    @FXML private TableColumn<ExchangeService.Conflict, String> recordColumn;
    @FXML private TableColumn<ExchangeService.Conflict, String> reasonColumn;
    @FXML private TableColumn<ExchangeService.Conflict, String> detectedColumn;
    @FXML private Button keepMineButton;
    @FXML private Button takeTheirsButton;
    @FXML private ProgressBar progress;
    @FXML private Label statusLabel;

    public ExchangeView(ExchangeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        siteLabel.textProperty().bind(model.siteTextProperty());
        Columns.text(siteColumn, ExchangeService.PeerStatus::siteCode);
        Columns.text(lastReceivedColumn, model::lastReceived);
        Columns.text(receivedAtColumn, p -> model.when(p.lastImportedAt()));
        Columns.text(madeAtColumn, p -> model.when(p.lastPackageMadeAt()));
        Columns.text(unacknowledgedColumn, p -> String.valueOf(p.unacknowledged()));
        Columns.text(toSendColumn, p -> String.valueOf(p.recordsToSend()));
        Columns.text(conflictsColumn, p -> String.valueOf(p.openConflicts()));
        Columns.text(fingerprintColumn, ExchangeService.PeerStatus::fingerprint);
        peerTable.setItems(model.peers());
        bindSelection(peerTable, model.selectedPeerProperty());
        Columns.text(conflictSiteColumn, ExchangeService.Conflict::peer);
        Columns.text(kindColumn, model::kind);
        Columns.text(recordColumn, model::record);
        Columns.text(reasonColumn, model::reason);
        Columns.text(detectedColumn, c -> model.when(c.detectedAt()));
        conflictTable.setItems(model.conflicts());
        bindSelection(conflictTable, model.selectedConflictProperty());

        var busy = model.workingProperty();
        generateButton.visibleProperty().bind(model.hasKeysProperty().not());
        generateButton.managedProperty().bind(model.hasKeysProperty().not());
        generateButton.disableProperty().bind(busy);
        saveKeyButton.disableProperty().bind(busy.or(model.hasKeysProperty().not()));
        trustButton.disableProperty().bind(busy.or(model.hasKeysProperty().not()));
        importButton.disableProperty().bind(busy.or(model.hasKeysProperty().not()));
        exportButton.disableProperty().bind(busy.or(model.selectedPeerProperty().isNull()));
        refreshButton.disableProperty().bind(busy);
        keepMineButton.disableProperty().bind(busy.or(model.selectedConflictProperty().isNull()));
        takeTheirsButton.disableProperty().bind(busy.or(model.selectedConflictProperty().isNull()));
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        progress.progressProperty().bind(model.progressProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        model.reload();
    }

    private static <T> void bindSelection(TableView<T> table, javafx.beans.property.ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != selected.get()) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
    }

    @FXML private void onGenerate() {
        model.generateKeys();
    }

    @FXML private void onSaveKey() {
        model.savePublicKey();
    }

    @FXML private void onTrust() {
        model.trust(choose("exchange.keys.trust", "exchange.keyFiles", "*.idkey"));
    }

    @FXML private void onExport() {
        model.exportPackage();
    }

    @FXML private void onImport() {
        model.importPackage(choose("exchange.chooseFile", "exchange.packageFiles", "*.idx"));
    }

    @FXML private void onRefresh() {
        model.reload();
    }

    @FXML private void onKeepMine() {
        model.keepMine();
    }

    @FXML private void onTakeTheirs() {
        model.takeTheirs();
    }

    private java.nio.file.Path choose(String titleKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(filterKey), pattern));
        File file = chooser.showOpenDialog(peerTable.getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
