package org.integritydesk.ui.cadre;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Lays out the file pane from the view-model's fields and sections; no data decisions here. */
final class CadreFileRenderer {
    private CadreFileRenderer() {
    }

    static void render(VBox box, String message, List<CadreFileViewModel.Field> fields,
            List<CadreFileViewModel.Section> sections, List<String> familyHeaders) {
        box.getChildren().clear();
        if (fields.isEmpty()) {
            Label hint = new Label(message == null ? "" : message);
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
            return;
        }
        Label title = new Label(fields.get(0).value());
        title.getStyleClass().add("file-title");
        box.getChildren().add(title);
        box.getChildren().add(basicGrid(fields));
        for (CadreFileViewModel.Section section : sections) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("section-title");
            box.getChildren().add(heading);
            if (section.isEmpty()) {
                Label empty = new Label(section.emptyText());
                empty.getStyleClass().add("hint");
                box.getChildren().add(empty);
            } else {
                box.getChildren().add(rowsGrid(section, familyHeaders));
            }
        }
    }

    private static GridPane basicGrid(List<CadreFileViewModel.Field> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("file-grid");
        grid.setHgap(10);
        grid.setVgap(5);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(i % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < fields.size(); i++) {
            CadreFileViewModel.Field f = fields.get(i);
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(f.value());
            value.setWrapText(true);
            int row = i / 2;
            int col = (i % 2) * 2;
            grid.add(label, col, row);
            grid.add(value, col + 1, row);
        }
        return grid;
    }

    private static GridPane rowsGrid(CadreFileViewModel.Section section, List<String> familyHeaders) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("section-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        if (section.kind() == org.integritydesk.model.FileSection.FAMILY_BUSINESS) {
            for (int c = 0; c < familyHeaders.size(); c++) {
                Label header = new Label(familyHeaders.get(c));
                header.getStyleClass().add("field-label");
                grid.add(header, c, row);
            }
            row++;
        }
        for (List<String> cells : section.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                Label cell = new Label(cells.get(c));
                cell.setWrapText(true);
                if (c < cells.size() - 1) {
                    // date and title keep their width; the last column takes the rest and wraps
                    cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                } else {
                    cell.setMinWidth(40);
                    cell.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    GridPane.setHgrow(cell, Priority.ALWAYS);
                }
                grid.add(cell, c, row);
            }
            row++;
        }
        return grid;
    }
}
