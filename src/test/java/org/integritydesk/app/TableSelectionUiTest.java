package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.integritydesk.ui.common.TableSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table and a view-model's selected record stay the same whichever side changes: after a reload
 * puts the same record, read again, into the list and the view-model selects it, its row is
 * highlighted again (the users and education-base panes lost it before).
 */
@Tag("ui")
class TableSelectionUiTest {
    private record Account(String name, int version) {
    }

    private TableView<Account> table;
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            table = new TableView<>();
            table.getItems().setAll(new Account("admin", 1), new Account("inspector", 1));
            TableSelection.follow(table, selected);
            stage.setScene(new Scene(table, 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theRowPickedIsTheRecordSelectedAndTheRecordSelectedAfterAReloadIsTheRowHighlighted() throws Exception {
        fx(() -> {
            table.getSelectionModel().select(1);
            return null;
        });
        assertThat(selected.get()).isEqualTo(new Account("inspector", 1));

        Account readAgain = new Account("inspector", 2);
        fx(() -> {
            table.getItems().setAll(new Account("admin", 1), readAgain); // a reload: new objects, selection gone
            selected.set(readAgain);
            return null;
        });
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem())).isSameAs(readAgain);
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(1);

        fx(() -> {
            selected.set(null);
            return null;
        });
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem())).isNull();
    }
}
