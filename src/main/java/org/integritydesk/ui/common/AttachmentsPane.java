package org.integritydesk.ui.common;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.integritydesk.model.Attachment;
import org.integritydesk.service.Messages;

/**
 * The attachments list any feature puts in its screen: the files of one record with 添加… / 打开 /
 * 删除, double-click or Enter to open, and files dropped from the desktop are attached. It binds to
 * an {@link AttachmentsViewModel}; every decision is made there.
 */
public final class AttachmentsPane extends VBox {
    public AttachmentsPane(AttachmentsViewModel model, Messages messages) {
        setSpacing(6);
        getStyleClass().add("attachments-pane");
        Label heading = new Label(messages.get("attachments.heading"));
        heading.getStyleClass().add("section-heading");
        ListView<Attachment> list = new ListView<>(model.items());
        list.setId("attachmentList");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(messages.get("attachments.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.acceptsDrop()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && model.acceptsDrop();
            if (done) {
                model.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button(messages.get("attachments.add"));
        add.setId("attachmentAddButton");
        add.disableProperty().bind(model.addDisabled());
        add.setOnAction(e -> model.addChosen());
        Button open = new Button(messages.get("attachments.open"));
        open.setId("attachmentOpenButton");
        open.disableProperty().bind(model.openDisabled());
        open.setOnAction(e -> model.openSelected());
        Button remove = new Button(messages.get("attachments.remove"));
        remove.setId("attachmentRemoveButton");
        remove.disableProperty().bind(model.removeDisabled());
        remove.setOnAction(e -> model.removeSelected());
        Label status = new Label();
        status.setId("attachmentStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox buttons = new HBox(6, add, open, remove);
        getChildren().addAll(heading, list, buttons, status);
        setPadding(new Insets(4, 0, 0, 0));
    }
}
