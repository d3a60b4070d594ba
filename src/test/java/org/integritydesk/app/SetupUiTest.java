package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First start on an empty data folder: the setup window, then the main window. */
@Tag("ui")
class SetupUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startOnAnEmptyFolder() throws Exception {
        app = RunningApp.start(dataDir);
        app.waitUntil("the setup window shows", () -> app.stage.isShowing()
                && app.messages.get("setup.title").equals(app.stage.getTitle()));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private TextField field(String query) {
        return app.in(app.stage, query, TextField.class);
    }

    @Test
    void settingUpTheBureauOpensTheMainWindow() throws Exception {
        assertThat(app.fx(() -> app.stage.getTitle())).isEqualTo(app.messages.get("setup.title"));
        app.typeInto(field("#nameField"), "吉安县市场监督管理局");
        app.typeInto(field("#codeField"), "360821");
        app.robot.clickOn(app.in(app.stage, "#startButton", Button.class));

        String mainTitle = app.messages.get("app.title") + " — 吉安县市场监督管理局";
        app.waitUntil("the main window shows", () -> mainTitle.equals(app.stage.getTitle())
                && app.robot.from(app.stage.getScene().getRoot()).lookup("#searchField").tryQuery().isPresent());
        assertThat(app.fx(() -> app.in(app.stage, "#bureauLabel", Label.class).getText())).isEqualTo("吉安县市场监督管理局");

        app.close();
        app = null;
        try (TestServices services = TestServices.open(dataDir)) {
            assertThat(services.setup.profile()).contains(new BureauProfile("吉安县市场监督管理局", "360821"));
        }
    }
}
