package org.integritydesk.ui.years;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Windows;

/** Binds the 年度归档 tab to {@link YearsViewModel}; shows an opened archive's cadres in a window of its own. */
public final class YearsView {
    private final YearsViewModel years;
    private final Messages messages;

    @FXML private TableView<YearStatus> table;
    @FXML private TableColumn<YearStatus, String> yearColumn;
    @FXML private TableColumn<YearStatus, String> stateColumn;
    @FXML private TableColumn<YearStatus, String> closedByColumn;
    @FXML private TableColumn<YearStatus, String> closedAtColumn;
    @FXML private TableColumn<YearStatus, String> archiveColumn;
    @FXML private TableColumn<YearStatus, String> reopenedColumn;
    @FXML private Button closeButton;
    @FXML private Button reopenButton;
    @FXML private Button verifyButton;
    @FXML private Button openButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;

    public YearsView(YearsViewModel years, Messages messages) {
        this.years = years;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Columns.text(yearColumn, y -> String.valueOf(y.year()));
        Columns.text(stateColumn, years::state);
        Columns.text(closedByColumn, years::closedBy);
        Columns.text(closedAtColumn, years::closedAt);
        Columns.text(archiveColumn, years::archiveFile);
        Columns.text(reopenedColumn, years::reopened);
        table.setItems(years.years());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != years.selectedProperty().get()) {
                years.selectedProperty().set(b);
            }
        });
        years.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        closeButton.disableProperty().bind(years.canClose().not());
        reopenButton.disableProperty().bind(years.canReopen().not());
        verifyButton.disableProperty().bind(years.workingProperty());
        openButton.disableProperty().bind(years.workingProperty());
        for (Button button : new Button[] {closeButton, reopenButton, openButton}) {
            button.setVisible(years.mayChange());
            button.setManaged(years.mayChange());
        }
        progress.visibleProperty().bind(years.workingProperty());
        progress.managedProperty().bind(years.workingProperty());
        statusLabel.textProperty().bind(years.statusProperty());
        years.openedProperty().addListener((o, a, contents) -> {
            if (contents != null) {
                showArchive(contents);
            }
        });
        years.reload();
    }

    @FXML private void onClose() {
        years.closeSelected();
    }

    @FXML private void onReopen() {
        years.reopenSelected();
    }

    @FXML private void onVerify() {
        years.verify(archiveToUse());
    }

    @FXML private void onOpen() {
        years.open(archiveToUse());
    }

    /** The selected year's archive, or one the user chooses when the year has none. */
    private Path archiveToUse() {
        Path selected = years.selectedArchive();
        if (selected != null) {
            return selected;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("years.chooseArchive"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("years.archiveFiles"), "*.idarchive"));
        if (Files.isDirectory(years.archiveFolder())) {
            chooser.setInitialDirectory(years.archiveFolder().toFile());
        }
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    /** The archive's cadres, read-only: a table and nothing to edit with. */
    private void showArchive(YearsViewModel.ArchiveContents contents) {
        TableView<CadreSummary> cadres = new TableView<>();
        cadres.setId("archiveTable");
        cadres.setEditable(false);
        cadres.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cadres.getColumns().add(column("cadre.field.name", 110, CadreSummary::name));
        cadres.getColumns().add(column("cadre.field.unit", 160, CadreSummary::unitName));
        cadres.getColumns().add(column("cadre.field.position", 160, CadreSummary::position));
        cadres.getColumns().add(column("cadre.field.category", 120, c -> messages.label(c.category())));
        cadres.getColumns().add(column("cadre.field.status", 80, c -> messages.label(c.status())));
        cadres.getColumns().add(column("cadre.field.idNumber", 180, c -> c.idNumber().masked()));
        cadres.getItems().setAll(contents.cadres());
        Label info = new Label(years.archiveInfo(contents));
        info.setWrapText(true);
        info.getStyleClass().add("hint");
        Button close = new Button(messages.get("years.close.button"));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(8, info, cadres, new HBox(8, spacer, close));
        VBox.setVgrow(cadres, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setPrefSize(880, 560);
        Stage stage = Windows.modal(table.getScene().getWindow(), years.archiveTitle(contents), root);
        close.setOnAction(e -> stage.close());
        stage.show();
    }

    private TableColumn<CadreSummary, String> column(String key, double width,
            java.util.function.Function<CadreSummary, String> text) {
        TableColumn<CadreSummary, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        Columns.text(column, text);
        return column;
    }
}
