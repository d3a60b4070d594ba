package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RegulationService;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.regulation.RegulationsView;
import org.integritydesk.ui.regulation.RegulationsViewModel;
import org.integritydesk.ui.testing.FakeFileDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 制度建设 tab's main flow on the real view, the real services of an encrypted data folder and
 * the app's own task runner, as an inspector: add a rule, attach its document file, see both
 * listed, open the file. Only the desktop's file chooser and viewer are a fake (TestFX cannot
 * drive the system's dialogs).
 */
@Tag("ui")
class RegulationsUiTest {
    @TempDir Path dataDir;
    @TempDir Path desktop;
    private AppServices services;
    private FxTaskRunner tasks;
    private final FakeFileDesk desk = new FakeFileDesk();
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void showTheTab() throws Exception {
        services = Folders.setUp(dataDir);
        services.currentUser().set(Folders.addInspector(services));
        tasks = new FxTaskRunner(2);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        stage = FxToolkit.registerPrimaryStage();
        var dialogs = new FxDialogService(() -> stage, messages);
        var attachments = new AttachmentsViewModel(services.attachments(), RegulationService.OWNER_TYPE, tasks, dialogs,
                desk, messages);
        var view = new RegulationsView(new RegulationsViewModel(services.regulations(), attachments, tasks, dialogs,
                messages, RunningApp.CLOCK, (title, name, fill) -> { }), messages);
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalArgumentException(type.getName());
        });
        FxToolkit.setupStage(s -> {
            Parent root = loader.load(RegulationsView.class, "RegulationsView", view).root();
            s.setScene(new Scene(root, 1200, 760));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        services.close();
    }

    private <T> T fx(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends javafx.scene.Node> T node(String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsARuleWithItsDocumentFileAndOpensTheFile() throws Exception {
        byte[] content = "吉安县市场监督管理局学习制度（全文）".getBytes(StandardCharsets.UTF_8);
        Path document = Files.write(desktop.resolve("学习制度 全文.txt"), content);

        robot.clickOn(node("#addButton", Button.class));
        robot.clickOn(node("#titleField", TextField.class)).write("学习制度", 0);
        robot.clickOn(node("#documentNumberField", TextField.class)).write("吉县市监字〔2024〕8号", 0);
        robot.clickOn(node("#issuingUnitField", TextField.class)).write("吉安县市场监督管理局", 0);
        ComboBox<RegulationKind> kind = node("#kindField", ComboBox.class);
        robot.interact(() -> kind.setValue(RegulationKind.STUDY));
        assertThat(fx(() -> node("#saveButton", Button.class).isDisabled())).isFalse();
        robot.clickOn(node("#saveButton", Button.class));

        TableView<Regulation> table = node("#table", TableView.class);
        waitUntil("the rule is listed", () -> table.getItems().size() == 1);
        assertThat(fx(() -> table.getItems().get(0).title())).isEqualTo("学习制度");
        Button add = node("#attachmentAddButton", Button.class);
        waitUntil("the file can be attached", () -> !add.isDisabled());

        desk.choose(document);
        robot.clickOn(add);
        ListView<Attachment> files = node("#attachmentList", ListView.class);
        waitUntil("the file is listed", () -> files.getItems().size() == 1);
        assertThat(fx(() -> files.getItems().get(0).originalName())).isEqualTo("学习制度 全文.txt");

        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn(node("#attachmentOpenButton", Button.class));
        waitUntil("the viewer was handed the file", () -> desk.opened().size() == 1);

        assertThat(desk.openedContent().get(0)).isEqualTo(content);
        assertThat(desk.opened().get(0).getFileName().toString()).isEqualTo("学习制度 全文.txt");
        assertThat(document).hasBinaryContent(content);
        assertThat(Files.list(dataDir.resolve("attachments")).count()).isEqualTo(1);
    }
}
