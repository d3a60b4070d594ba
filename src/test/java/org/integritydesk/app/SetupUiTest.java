package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.integritydesk.model.Role;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.store.Database;
import org.integritydesk.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First start on an empty data folder: the setup window with the administrator's account, the
 * recovery code shown once, then the main window as the administrator; the folder is encrypted.
 */
@Tag("ui")
class SetupUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startOnAnEmptyFolder() throws Exception {
        app = RunningApp.start(dataDir);
        app.waitUntil("the setup window shows", () -> app.showing(app.messages.get("setup.title"), "#startButton"));
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

    private boolean visible(String query) {
        return app.fx(() -> app.in(app.stage, query, javafx.scene.Node.class).isVisible());
    }

    private String errorText() {
        return app.fx(() -> app.in(app.stage, "#errorLabel", Label.class).getText());
    }

    @Test
    void settingUpTheBureauShowsTheRecoveryCodeThenOpensTheMainWindow() throws Exception {
        assertThat(app.fx(() -> field("#adminField").getText())).as("the suggested user name").isEqualTo(Folders.ADMIN);
        app.typeInto(field("#passwordField"), Folders.ADMIN_PASSWORD);
        app.typeInto(field("#confirmField"), Folders.ADMIN_PASSWORD);
        app.typeInto(field("#nameField"), Folders.BUREAU);
        app.typeInto(field("#codeField"), Folders.BUREAU_CODE);
        app.robot.clickOn(app.in(app.stage, "#startButton", Button.class));

        // the recovery code, shown once; going on needs the box ticked
        app.waitUntil("the recovery code page or an error shows",
                () -> visible("#recoveryPage") || !errorText().isEmpty());
        assertThat(errorText()).as("the setup error").isEmpty();
        assertThat(visible("#formPage")).as("the form page gives way").isFalse();
        assertThat(app.fx(() -> field("#recoveryCodeField").getText()))
                .matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){5}");
        Button continueButton = app.in(app.stage, "#continueButton", Button.class);
        assertThat(app.fx(continueButton::isDisabled)).as("continue waits for the kept box").isTrue();
        app.robot.clickOn(app.in(app.stage, "#keptCheck", CheckBox.class));
        app.waitUntil("continue is enabled", () -> !continueButton.isDisabled());
        app.robot.clickOn(continueButton);

        // the main window, as the administrator: units and users, no cadre files
        app.awaitMain();
        assertThat(app.fx(() -> app.in(app.stage, "#bureauLabel", Label.class).getText())).isEqualTo(Folders.BUREAU);
        assertThat(app.tabTexts()).containsExactly(app.messages.get("tab.home"), app.messages.get("tab.exchange"),
                app.messages.get("tab.database"), app.messages.get("tab.units"), app.messages.get("tab.users"), app.messages.get("tab.audit"),
                app.messages.get("tab.backups"));

        app.close();
        app = null;
        assertThat(dataDir.resolve("integrity-desk.keys")).isRegularFile();
        String file = new String(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME + ".mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(file).as("no stored text in the clear").doesNotContain(Folders.BUREAU_CODE)
                .doesNotContain(new String(Folders.BUREAU.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Database.open(dataDir).close()).as("the database needs its key")
                .isInstanceOf(StoreException.class);
        try (AppServices services = Folders.login(dataDir, Folders.ADMIN, Folders.ADMIN_PASSWORD)) {
            assertThat(services.setup().profile()).contains(new BureauProfile(Folders.BUREAU, Folders.BUREAU_CODE));
            assertThat(services.currentUser().require().role()).isEqualTo(Role.SYSTEM_ADMIN);
        }
    }

    @Test
    void joiningAServerThatCannotBeReachedIsToldAndNothingIsSaved() throws Exception {
        app.robot.clickOn(app.in(app.stage, "#joinChoice", javafx.scene.control.RadioButton.class));
        app.waitUntil("the server form shows", () -> visible("#joinBox"));
        assertThat(visible("#newBox")).as("the new-database form gives way").isFalse();
        app.typeInto(field("#hostField"), "127.0.0.1");
        app.fx(() -> {
            field("#portField").setText("1");
            return null;
        });
        app.typeInto(field("#databaseField"), "integrity_desk");
        app.typeInto(field("#userField"), "desk");
        app.robot.clickOn(app.in(app.stage, "#joinButton", Button.class));

        app.waitUntil("the join's error shows",
                () -> !app.in(app.stage, "#joinErrorLabel", Label.class).getText().isEmpty());
        assertThat(app.fx(() -> app.in(app.stage, "#joinErrorLabel", Label.class).getText())).contains("127.0.0.1");
        assertThat(app.showing(app.messages.get("setup.title"), "#joinButton")).as("still the first start").isTrue();
        assertThat(dataDir.resolve("database.properties")).doesNotExist();
        assertThat(dataDir.resolve("integrity-desk.keys")).doesNotExist();
    }
}
