package org.integritydesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.integritydesk.service.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs owned by the main window, with texts already translated by the caller. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        withOkButton(alert(Alert.AlertType.ERROR, title, message)).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        withOkButton(alert(Alert.AlertType.INFORMATION, title, message)).showAndWait();
    }

    /** JavaFX labels its own buttons in the JVM's language; ours follow the chosen one. */
    private Alert withOkButton(Alert alert) {
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        return alert;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(
                new ButtonType(messages.get("dialog.yes"), ButtonType.OK.getButtonData()),
                new ButtonType(messages.get("dialog.no"), ButtonType.CANCEL.getButtonData()));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }

    @Override
    public Optional<String> askPurpose(String title, String message, List<String> choices, String initial) {
        Dialog<String> dialog = Windows.styled(new Dialog<>());
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        ComboBox<String> purpose = new ComboBox<>();
        purpose.setEditable(true);
        purpose.getItems().setAll(choices);
        purpose.getEditor().setText(initial == null || initial.isBlank() ? choices.get(0) : initial);
        purpose.setPrefWidth(320);
        Label label = new Label(message);
        label.setWrapText(true);
        VBox content = new VBox(10, label, purpose);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("dialog.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? purpose.getEditor().getText() : null);
        javafx.application.Platform.runLater(purpose.getEditor()::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<Path> askSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " (*." + extension + ")",
                "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> askOpenFile(String title, java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                extensions.stream().map(e -> "*." + e).toList()));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = Windows.styled(new Alert(type, message));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
