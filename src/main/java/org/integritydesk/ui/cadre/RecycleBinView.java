package org.integritydesk.ui.cadre;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.ui.common.Columns;

/** Binds the recycle bin window to {@link RecycleBinViewModel}. */
public final class RecycleBinView {
    private final RecycleBinViewModel bin;
    private Runnable onRestored = () -> { };
    private Runnable onClose = () -> { };

    @FXML private TableView<CadreSummary> table;
    @FXML private TableColumn<CadreSummary, String> nameColumn;
    @FXML private TableColumn<CadreSummary, String> unitColumn;
    @FXML private TableColumn<CadreSummary, String> positionColumn;
    @FXML private TableColumn<CadreSummary, String> deletedAtColumn;
    @FXML private Button restoreButton;

    public RecycleBinView(RecycleBinViewModel bin) {
        this.bin = bin;
    }

    public void setCallbacks(Runnable onRestored, Runnable onClose) {
        this.onRestored = onRestored;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        Columns.text(nameColumn, CadreSummary::name);
        Columns.text(unitColumn, CadreSummary::unitName);
        Columns.text(positionColumn, CadreSummary::position);
        Columns.text(deletedAtColumn, bin::deletedAt);
        table.setItems(bin.deleted());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> bin.selectedProperty().set(b));
        restoreButton.disableProperty().bind(bin.selectedProperty().isNull());
        bin.reload();
    }


    @FXML
    private void onRestore() {
        bin.restoreSelected(() -> onRestored.run());
    }

    @FXML
    private void onClose() {
        onClose.run();
    }
}
