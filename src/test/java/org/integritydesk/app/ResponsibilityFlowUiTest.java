package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 责任分解 tab's main flow through the real window (the app's day is 2025-03-15): define a task
 * for a sub-bureau (the form refuses a deadline outside the year as it is typed), record its first
 * quarter's progress as 完成 (the editor refuses an empty 落实情况), and see the task complete.
 */
@Tag("ui")
class ResponsibilityFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void prepare() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            services.cadres().create(draft(chengguan.id()).name("张建国")
                    .idNumber(IdNumbers.of("360821", "19700101", "011")).position("所长")
                    .category(CadreCategory.LEADING).build());
        }
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "responsibilityTab".equals(t.getId())).findFirst().orElseThrow()));
        app.waitUntil("the tab shows", () -> app.stage.getScene().lookup(".responsibility-table") != null
                && ((Label) app.stage.getScene().lookup("#countLabel")).getText().contains("共"));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<ResponsibilityTask> table() {
        return (TableView<ResponsibilityTask>) app.fx(() -> app.stage.getScene().lookup(".responsibility-table"));
    }

    private List<ResponsibilityTask> rows() {
        return app.fx(() -> List.copyOf(table().getItems()));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(javafx.stage.Window window, String id, java.util.function.Predicate<T> which) {
        ComboBox<T> box = app.in(window, id, ComboBox.class);
        app.onFx(() -> box.getItems().stream().filter(v -> v != null && which.test(v)).findFirst()
                .ifPresent(box.getSelectionModel()::select));
    }

    @Test
    void defineATaskRecordItsFirstQuarterAsDoneAndSeeItComplete() {
        app.robot.clickOn(app.in(app.stage, "#addButton", Button.class));
        Stage form = app.awaitWindow(app.messages.get("responsibility.form.titleNew", 2025));
        choose(form, "#categoryField", (ResponsibilityCategory c) -> c == ResponsibilityCategory.EDUCATION);
        app.typeInto(app.in(form, "#textField", TextArea.class), "定期上党课，组织党员干部观看警示教育片");
        choose(form, "#unitField", (OrgUnit u) -> u.name().equals("城关分局"));
        choose(form, "#leaderField", (CadreSummary c) -> c.name().equals("张建国"));
        DatePicker deadline = app.in(form, "#deadlineField", DatePicker.class);
        app.onFx(() -> deadline.getEditor().clear());
        app.typeInto(deadline.getEditor(), "2026-01-15");
        app.waitUntil("a deadline outside the year is refused as it is typed",
                () -> app.in(form, "#deadlineError", Label.class).getText().equals("完成时限须在 2025 年度之内"));
        app.onFx(() -> deadline.getEditor().clear());
        app.typeInto(deadline.getEditor(), "2025-03-31");
        app.waitUntil("the deadline is accepted", () -> app.in(form, "#deadlineError", Label.class).getText().isEmpty());
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));
        app.waitUntil("the task is listed", () -> rows().size() == 1);
        ResponsibilityTask task = rows().get(0);
        assertThat(task.leaderName()).isEqualTo("张建国");
        assertThat(task.status(TestServices.TODAY)).isEqualTo(ResponsibilityStatus.IN_PROGRESS);

        app.onFx(() -> table().getSelectionModel().select(0));
        app.waitUntil("the editor opens on the first quarter", () -> app.fx(() ->
                app.in(app.stage, "#quarterField", ComboBox.class).getValue() == Quarter.Q1
                        && !app.in(app.stage, "#saveProgressButton", Button.class).isDisabled()));
        choose(app.stage, "#resultField", (ProgressResult r) -> r == ProgressResult.DONE);
        app.robot.clickOn(app.in(app.stage, "#saveProgressButton", Button.class));
        app.waitUntil("an empty 落实情况 is refused", () -> app.in(app.stage, "#noteError", Label.class).getText()
                .equals(app.messages.get("validation.required")));
        assertThat(rows().get(0).progress()).isEmpty();

        app.typeInto(app.in(app.stage, "#noteField", TextArea.class), "已上党课两次，全体干部观看警示教育片");
        app.robot.clickOn(app.in(app.stage, "#saveProgressButton", Button.class));
        app.waitUntil("the task is complete", () -> rows().size() == 1
                && rows().get(0).status(TestServices.TODAY) == ResponsibilityStatus.COMPLETED);
        assertThat(app.fx(() -> ((Label) app.stage.getScene().lookup("#countLabel")).getText()))
                .contains("已完成 1 项");
        assertThat(rows().get(0).progressOf(Quarter.Q1).orElseThrow().note()).isEqualTo("已上党课两次，全体干部观看警示教育片");
    }
}
