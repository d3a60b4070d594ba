package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Date;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.service.security.LoginException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login window on a set-up folder: wrong passwords and the lock-out, the forced password
 * change of a new user, and an administrator adding a user. The folder (administrator, inspector
 * and a new user who must change the password) is prepared once and copied for each test, since
 * every password costs a PBKDF2 derivation.
 */
@Tag("ui")
class LoginUiTest {
    private static final String WRONG_PASSWORD = "Wrong#2026";
    private static final String NEWCOMER = "zhaoliu";
    private static final String NEWCOMER_NAME = "赵六";
    private static final String NEWCOMER_PASSWORD = "Start#2026";
    private static final String NEWCOMER_OWN_PASSWORD = "Mine#2026x";

    @TempDir
    static Path prepared;

    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeAll
    static void prepareTheFolderOnce() {
        try (AppServices services = Folders.setUp(prepared)) {
            Folders.addInspector(services);
            Folders.addUser(services, NEWCOMER, NEWCOMER_NAME, Role.INSPECTOR, NEWCOMER_PASSWORD, true);
        }
    }

    @BeforeEach
    void startOnACopy() throws Exception {
        Folders.copy(prepared, dataDir);
        app = RunningApp.start(dataDir);
        app.awaitLogin();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /**
     * Logs in with a password that is refused and returns the error once the attempt is over: the
     * password field is emptied when the attempt starts, the form is enabled again and the error
     * set when it ends.
     */
    private String refusedLogin(String username, String password) {
        app.submitLogin(username, password);
        TextField passwordField = app.in(app.stage, "#passwordField", TextField.class);
        Button loginButton = app.in(app.stage, "#loginButton", Button.class);
        app.waitUntil("the login is refused", () -> passwordField.getText().isEmpty() && !loginButton.isDisabled()
                && !app.loginError().isEmpty());
        assertThat(app.fx(() -> app.stage.getTitle())).as("still the login window").isEqualTo(app.messages.get("login.title"));
        return app.loginError();
    }

    private String wrongPasswordError(int attemptsLeft) {
        return app.messages.get("error.login.wrong", attemptsLeft);
    }

    /** The status bar's "who is logged in". */
    private String shownUser() {
        return app.fx(() -> app.in(app.stage, "#userLabel", Label.class).getText());
    }

    private String userText(String displayName, Role role) {
        return app.messages.get("main.user", displayName, app.messages.label(role));
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginWindowAndTheRightOneOpensTheMainWindow() {
        assertThat(refusedLogin(Folders.INSPECTOR, WRONG_PASSWORD)).isEqualTo(wrongPasswordError(KeyVault.MAX_FAILURES - 1));
        assertThat(app.fx(() -> app.in(app.stage, "#usernameField", TextField.class).getText()))
                .as("the user name stays").isEqualTo(Folders.INSPECTOR);

        app.submitLogin(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        app.awaitMain();
        assertThat(app.tabTexts()).as("an inspector's tabs")
                .containsExactly(app.messages.get("tab.home"), app.messages.get("tab.cadres"), app.messages.get("tab.education"),
                        app.messages.get("tab.talks"), app.messages.get("tab.commitments"), app.messages.get("tab.supervision"),
                        app.messages.get("tab.rectification"), app.messages.get("tab.debriefing"),
                        app.messages.get("tab.responsibility"), app.messages.get("tab.assessment"),
                        app.messages.get("tab.regulations"),
                        app.messages.get("tab.years"), app.messages.get("tab.exchange"), app.messages.get("tab.units"),
                        app.messages.get("tab.audit"),
                        app.messages.get("tab.backups"));
        assertThat(shownUser()).isEqualTo(userText(Folders.INSPECTOR_NAME, Role.INSPECTOR));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int attempt = 1; attempt < KeyVault.MAX_FAILURES; attempt++) {
            assertThat(refusedLogin(Folders.INSPECTOR, WRONG_PASSWORD)).as("attempt %d", attempt)
                    .isEqualTo(wrongPasswordError(KeyVault.MAX_FAILURES - attempt));
        }
        String locked = app.messages.get("error.login.locked",
                Date.from(RunningApp.CLOCK.instant().plus(KeyVault.LOCK_TIME)));
        assertThat(refusedLogin(Folders.INSPECTOR, WRONG_PASSWORD)).isEqualTo(locked).contains("锁定");

        // locked: even the right password is refused now
        assertThat(refusedLogin(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD)).isEqualTo(locked);
        // other accounts are not locked
        app.submitLogin(Folders.ADMIN, Folders.ADMIN_PASSWORD);
        app.awaitMain();
    }

    @Test
    void aNewUserMustChangeThePasswordBeforeTheMainWindow() throws Exception {
        String title = app.messages.get("password.title");
        app.submitLogin(NEWCOMER, NEWCOMER_PASSWORD);
        app.waitUntil("the change-password window shows", () -> app.showing(title, "#changeButton"));
        assertThat(app.fx(() -> app.in(app.stage, "#headingLabel", Label.class).getText()))
                .isEqualTo(app.messages.get("password.mustChange", NEWCOMER_NAME));

        app.typeInto(app.in(app.stage, "#oldField", TextField.class), NEWCOMER_PASSWORD);
        app.typeInto(app.in(app.stage, "#newField", TextField.class), NEWCOMER_OWN_PASSWORD);
        app.typeInto(app.in(app.stage, "#confirmField", TextField.class), NEWCOMER_OWN_PASSWORD);
        app.robot.clickOn(app.in(app.stage, "#changeButton", Button.class));

        app.awaitMain();
        assertThat(app.tabTexts()).containsExactly(app.messages.get("tab.home"), app.messages.get("tab.cadres"), app.messages.get("tab.education"),
                        app.messages.get("tab.talks"), app.messages.get("tab.commitments"), app.messages.get("tab.supervision"),
                        app.messages.get("tab.rectification"), app.messages.get("tab.debriefing"),
                        app.messages.get("tab.responsibility"), app.messages.get("tab.assessment"),
                        app.messages.get("tab.regulations"),
                app.messages.get("tab.years"), app.messages.get("tab.exchange"), app.messages.get("tab.units"),
                app.messages.get("tab.audit"),
                app.messages.get("tab.backups"));
        assertThat(shownUser()).isEqualTo(userText(NEWCOMER_NAME, Role.INSPECTOR));

        app.close();
        app = null;
        try (AppServices services = Folders.login(dataDir, NEWCOMER, NEWCOMER_OWN_PASSWORD)) {
            assertThat(services.currentUser().require().mustChangePassword()).isFalse();
        }
        assertThatThrownBy(() -> Folders.login(dataDir, NEWCOMER, NEWCOMER_PASSWORD).close())
                .as("the initial password no longer opens the folder").isInstanceOf(LoginException.class);
    }

    @Test
    void anAdministratorAddsAUserOnTheUsersTab() throws Exception {
        app.submitLogin(Folders.ADMIN, Folders.ADMIN_PASSWORD);
        app.awaitMain();
        String usersTitle = app.messages.get("tab.users");
        assertThat(app.tabTexts()).as("an administrator's tabs")
                .containsExactly(app.messages.get("tab.home"), app.messages.get("tab.exchange"),
                        app.messages.get("tab.database"), app.messages.get("tab.units"), usersTitle, app.messages.get("tab.audit"), app.messages.get("tab.backups"));
        assertThat(shownUser()).isEqualTo(userText(Folders.ADMIN, Role.SYSTEM_ADMIN));

        app.robot.clickOn(app.in(app.stage, ".tab-label", Label.class, l -> usersTitle.equals(l.getText())));
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.waitUntil("the users tab is built", () -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return usersTitle.equals(selected.getText()) && selected.getContent() != null;
        });
        Parent usersTab = (Parent) app.fx(() -> tabs.getSelectionModel().getSelectedItem().getContent());
        @SuppressWarnings("unchecked")
        TableView<UserAccount> table = app.robot.from(usersTab).lookup("#table").queryAs(TableView.class);
        app.waitUntil("the table lists the users", () -> table.getItems().size() == 3);

        app.robot.clickOn(inUsersTab(usersTab, "#newButton", Button.class));
        app.typeInto(inUsersTab(usersTab, "#usernameField", TextField.class), "zhouqi");
        app.typeInto(inUsersTab(usersTab, "#displayNameField", TextField.class), "周七");
        @SuppressWarnings("unchecked")
        ComboBox<Role> roleField = inUsersTab(usersTab, "#roleField", ComboBox.class);
        String inspectorLabel = app.messages.label(Role.INSPECTOR);
        app.robot.clickOn(roleField);
        app.waitUntil("the role list opens", roleField::isShowing);
        app.robot.clickOn(roleChoice(inspectorLabel));
        app.waitUntil("the role is chosen", () -> roleField.getValue() == Role.INSPECTOR && !roleField.isShowing());
        app.typeInto(inUsersTab(usersTab, "#passwordField", TextField.class), "Begin#2026");
        app.robot.clickOn(inUsersTab(usersTab, "#saveButton", Button.class));

        app.waitUntil("the table shows the new user",
                () -> table.getItems().stream().anyMatch(u -> u.username().equals("zhouqi")));
        assertThat(app.fx(() -> inUsersTab(usersTab, "#messageLabel", Label.class).getText()))
                .isEqualTo(app.messages.get("users.saved", "zhouqi"));
        assertThat(app.fx(() -> table.getItems().stream().filter(u -> u.username().equals("zhouqi")).findFirst()
                .orElseThrow())).satisfies(user -> {
                    assertThat(user.displayName()).isEqualTo("周七");
                    assertThat(user.role()).isEqualTo(Role.INSPECTOR);
                    assertThat(user.active()).isTrue();
                });
        app.waitUntil("a row shows the user name", () -> app.robot.from(table).lookup(".table-cell")
                .match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && "zhouqi".equals(c.getText()))
                .tryQuery().isPresent());

        app.close();
        app = null;
        try (AppServices services = Folders.login(dataDir, "zhouqi", "Begin#2026")) {
            UserAccount added = services.currentUser().require();
            assertThat(added.role()).isEqualTo(Role.INSPECTOR);
            assertThat(added.mustChangePassword()).as("a user added in the window changes the password first").isTrue();
        }
    }

    private <T extends Node> T inUsersTab(Parent usersTab, String query, Class<T> type) {
        return app.robot.from(usersTab).lookup(query).queryAs(type);
    }

    /** The role list's entry showing {@code label}; the list is a popup window of its own. */
    private Node roleChoice(String label) {
        app.waitUntil("the role list shows " + label, () -> app.robot.lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && label.equals(c.getText()) && c.isVisible())
                .tryQuery().isPresent());
        return app.fx(() -> app.robot.lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && label.equals(c.getText()) && c.isVisible())
                .query());
    }
}
