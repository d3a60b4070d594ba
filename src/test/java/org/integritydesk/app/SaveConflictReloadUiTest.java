package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.supervision.FxVisitDialogs;
import org.integritydesk.ui.supervision.VisitFormViewModel;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form window whose save meets another user's newer save, on the real windows and the real services
 * of an encrypted data folder: the question names who and when, and 确定 (OK) closes the window and opens
 * the record again as it is stored now.
 */
@Tag("ui")
class SaveConflictReloadUiTest {
    @TempDir Path dataDir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FxRobot robot = new FxRobot();
    private AppServices services;
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        services = Folders.setUp(dataDir);
        services.currentUser().set(Folders.addInspector(services));
        tasks = new FxTaskRunner(2);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 400, 300));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        services.close();
    }

    private <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Stage> window(String title, Stage not) throws Exception {
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && w.isShowing()
                && title.equals(s.getTitle()) && w != not).map(w -> (Stage) w).findFirst());
    }

    private VisitFormViewModel headlessForm() {
        return new VisitFormViewModel(services.supervision(), new DirectTaskRunner(), new RecordingDialogService(),
                messages, RunningApp.CLOCK, services.units().tree(), List.of());
    }

    @Test
    void yesClosesTheVisitFormAndOpensTheVisitAgainAsTheOtherUserSavedIt() throws Exception {
        OrgUnit chengguan = Folders.subBureau(services, "36082104", "城关分局");
        VisitFormViewModel first = headlessForm();
        first.unitProperty().set(chengguan);
        first.membersProperty().set("王芳、刘静");
        first.responsiblePersonProperty().set("张建国");
        SupervisionVisit[] stored = new SupervisionVisit[1];
        first.save(v -> stored[0] = v);
        FxVisitDialogs visits = new FxVisitDialogs(services.supervision(), services.units(), services.cadres(), tasks,
                new FxDialogService(() -> stage, messages), messages, RunningApp.CLOCK,
                new ViewLoader(messages, type -> {
                    throw new IllegalArgumentException(type.getName());
                }), () -> stage);
        String title = messages.get("supervision.form.titleEdit", stored[0].number());

        robot.interact(() -> visits.openForm(stored[0], saved -> { }));
        waitUntil("the form shows", () -> window(title, null).isPresent());
        Stage opened = window(title, null).orElseThrow();
        VisitFormViewModel other = headlessForm();
        other.edit(stored[0]);
        other.notesProperty().set("他人填写的备注");
        other.save(v -> { });
        TextArea notes = robot.from(opened.getScene().getRoot()).lookup("#notesField").queryAs(TextArea.class);
        robot.interact(() -> notes.setText("我的备注"));
        robot.clickOn(robot.from(opened.getScene().getRoot()).lookup("#saveButton").queryAs(Button.class));

        waitUntil("the question shows", () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        DialogPane question = fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).reduce((older, newer) -> newer).orElseThrow());
        assertThat(fx(question::getContentText)).contains(stored[0].number(), Folders.INSPECTOR, "修改并保存",
                messages.get("conflict.reloadQuestion"));
        robot.clickOn(fx(() -> (Button) question.lookupButton(question.getButtonTypes().get(0))));

        waitUntil("the stale window closes", () -> !opened.isShowing());
        waitUntil("the visit opens again", () -> window(title, opened).isPresent());
        Stage again = window(title, opened).orElseThrow();
        assertThat(fx(() -> robot.from(again.getScene().getRoot()).lookup("#notesField").queryAs(TextArea.class)
                .getText())).isEqualTo("他人填写的备注");
    }
}
