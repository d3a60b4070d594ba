package org.integritydesk.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** List cells whose text wraps to the list's width instead of running off to the right. */
public final class WrappingCells {
    private WrappingCells() {
    }

    public static void apply(ListView<String> list) {
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
            return cell;
        });
    }
}
