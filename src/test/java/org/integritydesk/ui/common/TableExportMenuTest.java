package org.integritydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.integritydesk.exchange.TableWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export takes what the table shows: its visible columns in their order, its rows as shown, IDs masked. */
@Tag("ui")
class TableExportMenuTest {
    record Person(String name, String id, String count, String day) {
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static TableColumn<Person, String> column(String title, java.util.function.Function<Person, String> value) {
        TableColumn<Person, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    @Test
    void exportsTheVisibleColumnsInTheirOrderAndTheShownRows() throws Exception {
        TableWriter.Table table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<Person> view = new TableView<>();
            TableColumn<Person, String> name = column("姓名", Person::name);
            TableColumn<Person, String> id = column("身份证号", Person::id);
            TableColumn<Person, String> count = column("次数", Person::count);
            TableColumn<Person, String> day = column("日期", Person::day);
            view.getColumns().setAll(List.of(name, id, count, day));
            view.getColumns().setAll(List.of(day, name, id, count));   // the user dragged 日期 to the front
            count.setVisible(false);                                  // and hid 次数
            var all = FXCollections.observableArrayList(
                    new Person("张三", "360821198002291234", "3", "2025-03-01"),
                    new Person("李四", "360821198505051235", "4", "2025-04-01"));
            var shown = all.filtered(p -> p.name().equals("李四"));
            view.setItems(shown);
            return TableExportMenu.snapshot(view, "导出", true);
        }).get();

        assertThat(table.headers()).containsExactly("日期", "姓名", "身份证号");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0)).containsExactly(LocalDate.of(2025, 4, 1), "李四", "360821********1235");
    }
}
