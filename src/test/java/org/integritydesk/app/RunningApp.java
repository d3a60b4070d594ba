package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a test's data folder, started through TestFX on the headless (Monocle)
 * toolkit with the tests' fixed clock, and the robot that drives it. Background work (the login's
 * key derivation among it) runs on the app's own task runner, so every check that depends on it
 * waits with {@link #waitUntil} instead of sleeping.
 */
final class RunningApp implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(TestServices.NOW, TestServices.ZONE);
    static final long TIMEOUT_SECONDS = 30;

    final FxRobot robot = new FxRobot();
    final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    final Stage stage;
    private final Application app;

    private RunningApp(Stage stage, Application app) {
        this.stage = stage;
        this.app = app;
    }

    /**
     * Starts the app on {@code dataDir}; the database there must not be open. A folder without a
     * key file shows the first-start window, a set-up one the login window.
     */
    static RunningApp start(Path dataDir) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new IntegrityDeskApp(CLOCK, new LaunchOptions(dataDir, false, null)));
        return new RunningApp(stage, app);
    }

    /** Hides every window and stops the app, which closes its database. */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupInput(robot);
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    /** Runs {@code query} on the JavaFX thread and returns its result. */
    <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed on the JavaFX thread", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the JavaFX thread did not answer", e);
        }
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds; fails naming {@code what}. */
    void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The showing window titled {@code title}, if any. */
    Optional<Stage> window(String title) {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst());
    }

    /** Waits for the window titled {@code title} and returns it. */
    Stage awaitWindow(String title) {
        waitUntil("a window titled " + title + " shows", () -> window(title).isPresent());
        return window(title).orElseThrow();
    }

    /**
     * The showing alert or confirmation, if any: the newest one, should a dialog of an earlier test
     * in this JVM still be open.
     */
    Optional<DialogPane> dialog() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).reduce((older, newer) -> newer));
    }

    /**
     * Answers the "why are you opening this file" question with the preselected purpose; the app
     * asks it the first time a file is opened in a session, and before every printout.
     */
    void confirmPurpose() {
        waitUntil("the purpose question shows", () -> dialog().filter(d -> d.lookup(".combo-box") != null).isPresent());
        DialogPane pane = dialog().orElseThrow();
        Window question = fx(() -> pane.getScene().getWindow());
        robot.clickOn(fx(() -> (Button) pane.lookupButton(pane.getButtonTypes().get(0))));
        waitUntil("the purpose question closes", () -> !question.isShowing());
    }

    /** The node matching {@code query} (a CSS selector such as {@code #table}) inside {@code window}. */
    <T extends Node> T in(Window window, String query, Class<T> type) {
        return robot.from(window.getScene().getRoot()).lookup(query).queryAs(type);
    }

    <T extends Node> T in(Window window, String query, Class<T> type, Predicate<T> matching) {
        return robot.from(window.getScene().getRoot()).lookup(query).match(type::isInstance).<T>match(matching)
                .queryAs(type);
    }

    /** Whether the app's window shows {@code title} and holds a node matching {@code query}. */
    boolean showing(String title, String query) {
        return fx(() -> stage.isShowing() && title.equals(stage.getTitle())
                && robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent());
    }

    /** Waits for the login window. */
    void awaitLogin() {
        waitUntil("the login window shows", () -> showing(messages.get("login.title"), "#loginButton"));
    }

    /** The login window's error line. */
    String loginError() {
        return fx(() -> in(stage, "#errorLabel", Label.class).getText());
    }

    /**
     * Fills in the login window and presses the login button; the password is checked in the
     * background, so the caller waits for what follows. A user name already in the field (after a
     * refused attempt) is left as it is.
     */
    void submitLogin(String username, String password) {
        TextField usernameField = in(stage, "#usernameField", TextField.class);
        waitUntil("the login form takes input", () -> !usernameField.isDisabled());
        if (!username.equals(fx(usernameField::getText))) {
            onFx(usernameField::clear);
            typeInto(usernameField, username);
        }
        typeInto(in(stage, "#passwordField", TextField.class), password);
        click(in(stage, "#loginButton", Button.class));
    }

    /** The main window's title for the tests' bureau. */
    String mainTitle() {
        return messages.get("app.title") + " — " + Folders.BUREAU;
    }

    /** Waits for the main window, whose tab pane is built with it. */
    void awaitMain() {
        waitUntil("the main window shows", () -> showing(mainTitle(), "#tabs"));
    }

    /** Logs in through the login window and waits for the main window. */
    void logIn(String username, String password) {
        awaitLogin();
        submitLogin(username, password);
        awaitMain();
    }

    /** Selects the main window's tab {@code id} (the home tab is selected at login) and waits until it is built. */
    void selectTab(String id) {
        TabPane tabs = in(stage, "#tabs", TabPane.class);
        onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow()));
        waitUntil("the tab " + id + " is built", () -> tabs.getSelectionModel().getSelectedItem().getContent() != null);
    }

    /** The texts of the main window's tabs, in order. */
    List<String> tabTexts() {
        return fx(() -> in(stage, "#tabs", TabPane.class).getTabs().stream().map(Tab::getText).toList());
    }

    /**
     * Clicks {@code field} and types {@code text} into it. TestFX waits for the JavaFX thread after
     * each character anyway, so its extra pause per character is left out.
     */
    void typeInto(Node field, String text) {
        click(field);
        robot.write(text, 0);
    }

    /**
     * Clicks {@code node}. While a window is being shown or replaced, TestFX may not yet find the
     * window of the node among the open ones and fails to place the pointer ("Index -1 out of
     * bounds"); the click is tried again once the toolkit has settled.
     */
    void click(Node node) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                robot.clickOn(node);
                return;
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof IndexOutOfBoundsException)) {
                    throw e;
                }
                last = e;
                WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        throw last;
    }
}
