package org.integritydesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.service.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The second program of {@link AlreadyRunningUiTest}, run in a JVM of its own: when the app
 * cannot open its folder it shows an alert and then ends the JavaFX platform, which a JVM that
 * runs further UI tests could not survive. Starts the app on the folder given, writes the alert's
 * title and text to the report file and presses its exit button (the other button would ask the
 * running program to show its window); exits with 0 once the app has ended the platform, 2 if it
 * has not, 3 if the alert has no exit button, 4 if a login window showed with the alert.
 */
public final class AlreadyRunningProbe {
    private AlreadyRunningProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path report = Path.of(args[1]);
        FxToolkit.registerPrimaryStage();
        IntegrityDeskApp app = new IntegrityDeskApp(RunningApp.CLOCK, new LaunchOptions(dataDir, false, null));
        // start() waits inside the alert until it is closed, so the start runs beside the robot
        Thread starter = new Thread(() -> {
            try {
                FxToolkit.setupApplication(() -> app);
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "app-start");
        starter.setDaemon(true);
        starter.start();

        WaitForAsyncUtils.waitFor(RunningApp.TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> alert().isPresent());
        DialogPane alert = alert().orElseThrow();
        String title = WaitForAsyncUtils.asyncFx(() -> ((Stage) alert.getScene().getWindow()).getTitle()).get();
        String text = WaitForAsyncUtils.asyncFx(alert::getContentText).get();
        Files.writeString(report, title + "\n" + text, StandardCharsets.UTF_8);
        String loginTitle = new Messages(Locale.SIMPLIFIED_CHINESE).get("login.title");
        if (WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && loginTitle.equals(s.getTitle()))).get()) {
            System.err.println("the login window showed although the folder is in use");
            System.exit(4);
        }

        Node exit = WaitForAsyncUtils.asyncFx(() -> alert.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(alert::lookupButton).findFirst().orElse(null)).get();
        if (exit == null) {
            System.err.println("the alert has no exit button: " + WaitForAsyncUtils.asyncFx(alert::getButtonTypes).get());
            System.exit(3);
        }
        Thread fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
        // after the button the app ends the platform, so the robot, which waits for the JavaFX thread, never returns
        Thread clicker = new Thread(() -> new FxRobot().clickOn(exit), "press-exit");
        clicker.setDaemon(true);
        clicker.start();
        fxThread.join(TimeUnit.SECONDS.toMillis(RunningApp.TIMEOUT_SECONDS));
        System.exit(fxThread.isAlive() ? 2 : 0);
    }

    private static Optional<DialogPane> alert() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst()).get();
    }
}
