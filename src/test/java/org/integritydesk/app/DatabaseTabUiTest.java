package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.integritydesk.service.DatabaseSettingsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 系统管理 → 数据库 through the real window, as the administrator: choose a server, 测试连接 says
 * what is wrong (here a port nothing listens on), 保存 says it takes effect at the next start and
 * writes the settings without the password in clear.
 */
@Tag("ui")
class DatabaseTabUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startAsAdministrator() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            assertThat(services.serverAddress()).isEmpty();
        }
        app = RunningApp.start(dataDir);
        app.logIn(Folders.ADMIN, Folders.ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void testAClosedPortThenSaveTheServerForTheNextStart() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        app.selectTab("databaseTab");
        Label current = app.in(app.stage, "#currentLabel", Label.class);
        assertThat(app.fx(current::getText)).contains("内置数据库");
        Button test = app.in(app.stage, "#testButton", Button.class);
        assertThat(app.fx(test::isDisabled)).as("embedded chosen: nothing to test").isTrue();

        app.click(app.in(app.stage, "#serverChoice", RadioButton.class));
        app.waitUntil("the server form is enabled", () -> !test.isDisabled());
        app.typeInto(app.in(app.stage, "#hostField", TextField.class), "127.0.0.1");
        TextField port = app.in(app.stage, "#portField", TextField.class);
        app.onFx(port::clear);
        app.typeInto(port, String.valueOf(closed));
        app.typeInto(app.in(app.stage, "#databaseField", TextField.class), "integrity_desk");
        app.typeInto(app.in(app.stage, "#userField", TextField.class), "desk");
        app.typeInto(app.in(app.stage, "#passwordField", TextField.class), "Srv#2026pw");

        app.click(test);
        Label status = app.in(app.stage, "#statusLabel", Label.class);
        app.waitUntil("the test tells a closed port", () -> status.getText().contains("端口 " + closed));
        assertThat(app.fx(status::getText)).contains("没有数据库服务在监听");
        assertThat(app.fx(() -> status.getStyleClass().contains("status-problem"))).isTrue();

        app.click(app.in(app.stage, "#saveButton", Button.class));
        app.waitUntil("saved for the next start", () -> status.getText().contains("下次启动"));
        String saved = Files.readString(dataDir.resolve(DatabaseSettingsFile.FILE_NAME));
        assertThat(saved).contains("mode=server", "server.port=" + closed).doesNotContain("Srv#2026pw");
        Label hint = app.in(app.stage, "#passwordHintLabel", Label.class);
        app.waitUntil("the form says a password is kept", () -> hint.getText().contains("已保存密码"));
        assertThat(app.fx(current::getText)).as("this window still runs on the embedded database").contains("内置数据库");
    }
}
