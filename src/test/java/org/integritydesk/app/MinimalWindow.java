package org.integritydesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of issue 8's start-up target: the smallest JavaFX program that shows a window,
 * measured exactly as {@code --startup-probe} measures the app (process start to the first pulse
 * after the window is shown). {@code installer/measure-startup.sh} runs both on the packaged
 * runtime in the same series and prints the ratio; it is not a unit test.
 */
public final class MinimalWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Integrity Desk")), 320, 200));
        stage.show();
        Platform.runLater(() -> {
            try {
                System.out.println("startup-ms=" + ProcessUptime.now().toMillis());
            } finally {
                Platform.exit();
            }
        });
    }
}
