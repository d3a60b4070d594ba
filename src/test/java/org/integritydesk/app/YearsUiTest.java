package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.integritydesk.model.YearState;
import org.integritydesk.model.YearStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 年度归档 tab through the real window, as an inspector: close 2024 and see it listed closed. */
@Tag("ui")
class YearsUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startAsInspector() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            Folders.subBureau(services, "36082101", "城关分局");
            Folders.addInspector(services);
        }
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<YearStatus> table() {
        return app.in(app.stage, "#table", TableView.class, t -> t.getScene() != null
                && t.getItems().stream().anyMatch(i -> i instanceof YearStatus));
    }

    private YearState stateOf(int year) {
        return table().getItems().stream().filter(y -> y.year() == year).map(YearStatus::state).findFirst().orElseThrow();
    }

    @Test
    void closeAYearAndSeeItListedClosed() throws Exception {
        assertThat(app.tabTexts()).contains("年度归档");
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.robot.clickOn(app.fx(() -> tabs.lookup("#yearsTab")));
        app.waitUntil("the years are listed", () -> {
            try {
                return table().getItems().size() == 4;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        Button close = app.in(app.stage, "#closeButton", Button.class);
        assertThat(app.fx(close::isDisabled)).isTrue();

        app.robot.clickOn(app.in(app.stage, "#table .table-cell", TableCell.class, c -> "2024".equals(c.getText())));
        app.waitUntil("closing is possible", () -> !close.isDisabled());
        app.robot.clickOn(close);

        app.waitUntil("the confirmation shows", () -> app.dialog().isPresent());
        assertThat(app.fx(() -> app.dialog().orElseThrow().getContentText())).contains("2024 年度的所有记录都不能再修改");
        app.robot.clickOn(app.fx(() -> (Button) app.dialog().orElseThrow()
                .lookupButton(app.dialog().orElseThrow().getButtonTypes().get(0))));

        app.waitUntil("2024 is listed closed", () -> stateOf(2024) == YearState.CLOSED);
        app.waitUntil("the closed state shows in the table", () -> app.robot.from(table()).lookup(".table-cell")
                .queryAllAs(TableCell.class).stream().anyMatch(c -> "已归档".equals(c.getText())));
        assertThat(app.fx(() -> stateOf(2023))).isEqualTo(YearState.OPEN);
        try (Stream<Path> files = Files.list(dataDir.resolve("archives"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("integrity-desk-2024-closed-2025-03-15T10-00-00.idarchive");
        }
        app.waitUntil("the close button is off for a closed year", close::isDisabled);
        assertThat(app.fx(() -> app.in(app.stage, "#reopenButton", Button.class).isDisabled())).isFalse();
    }
}
