package org.integritydesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/** Keeps a table's selected row and a view-model's selected record the same, whichever side changes. */
public final class TableSelection {
    private TableSelection() {
    }

    /**
     * The row the user picks becomes {@code selected}; a record the view-model selects (after a reload,
     * the same record read again) is highlighted and scrolled to, and none clears the highlight.
     */
    public static <T> void follow(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> selected.set(row));
        selected.addListener((o, was, record) -> {
            if (record == null) {
                table.getSelectionModel().clearSelection();
            } else if (record != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(record);
                table.scrollTo(record);
            }
        });
    }
}
