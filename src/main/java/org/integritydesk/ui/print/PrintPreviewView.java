package org.integritydesk.ui.print;

import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Binds the preview window to {@link PrintPreviewViewModel}; page images arrive as PNG bytes. */
public final class PrintPreviewView {
    private final PrintPreviewViewModel preview;
    private final String suggestedFileName;
    private Runnable onClose = () -> { };

    @FXML private BorderPane root;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Label pageLabel;
    @FXML private Label zoomLabel;
    @FXML private ImageView pageView;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    public PrintPreviewView(PrintPreviewViewModel preview, String suggestedFileName) {
        this.preview = preview;
        this.suggestedFileName = suggestedFileName;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        progressBox.visibleProperty().bind(preview.fillingProperty());
        progressBar.progressProperty().bind(preview.progressProperty());
        var noDocument = preview.fillingProperty().or(preview.pageCountProperty().isEqualTo(0));
        printButton.disableProperty().bind(noDocument);
        saveButton.disableProperty().bind(noDocument);
        firstButton.disableProperty().bind(noDocument.or(preview.pageIndexProperty().isEqualTo(0)));
        previousButton.disableProperty().bind(firstButton.disableProperty());
        nextButton.disableProperty().bind(noDocument.or(preview.pageIndexProperty().greaterThanOrEqualTo(
                preview.pageCountProperty().subtract(1))));
        lastButton.disableProperty().bind(nextButton.disableProperty());
        pageLabel.textProperty().bind(preview.statusProperty());
        zoomLabel.textProperty().bind(preview.zoomProperty().multiply(100).asString("%.0f%%"));
        statusLabel.textProperty().bind(preview.statusProperty());
        preview.pageImageProperty().addListener((o, a, png) ->
                pageView.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                preview.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                preview.previousPage();
            }
        });
    }

    @FXML private void onPrint() {
        preview.print();
    }

    @FXML private void onSave() {
        preview.savePdf(suggestedFileName);
    }

    @FXML private void onFirst() {
        preview.firstPage();
    }

    @FXML private void onPrevious() {
        preview.previousPage();
    }

    @FXML private void onNext() {
        preview.nextPage();
    }

    @FXML private void onLast() {
        preview.lastPage();
    }

    @FXML private void onZoomIn() {
        preview.zoomIn();
    }

    @FXML private void onZoomOut() {
        preview.zoomOut();
    }

    @FXML private void onCancel() {
        preview.cancel();
    }

    @FXML private void onClose() {
        preview.cancel();
        onClose.run();
    }
}
