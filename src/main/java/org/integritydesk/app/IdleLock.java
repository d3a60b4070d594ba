package org.integritydesk.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.effect.GaussianBlur;
import javafx.scene.input.InputEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.login.IdleLockView;
import org.integritydesk.ui.login.IdleLockViewModel;

/**
 * Watches every window of the app for keyboard and mouse input and shows the lock window when
 * {@link IdleLockViewModel} says the idle time has passed. The lock window is application-modal,
 * so open forms stay as they were underneath it.
 */
final class IdleLock {
    private static final double TICK_SECONDS = 5;
    private final IdleLockViewModel lock;
    private final Timeline ticker;
    private final EventHandler<InputEvent> onInput;
    private final ListChangeListener<Window> onNewWindow;
    private Stage lockStage;

    IdleLock(IdleLockViewModel lock, Stage owner, Parent lockRoot, IdleLockView lockView, String title) {
        this.lock = lock;
        this.onInput = e -> lock.activity();
        this.onNewWindow = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventFilter(InputEvent.ANY, onInput));
            }
        };
        Window.getWindows().forEach(w -> w.addEventFilter(InputEvent.ANY, onInput));
        Window.getWindows().addListener(onNewWindow);
        this.ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(TICK_SECONDS), e -> lock.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        lock.lockedProperty().addListener((o, was, isLocked) -> {
            if (isLocked) {
                hideContent(true);
                show(owner, lockRoot, lockView, title);
            } else if (lockStage != null) {
                lockStage.hide();
                hideContent(false);
            }
        });
    }

    /** Blurs every other window while locked: whoever sits down at the PC must not read the files behind the lock. */
    private void hideContent(boolean hide) {
        for (Window window : Window.getWindows()) {
            if (window != lockStage && window.getScene() != null && window.getScene().getRoot() != null) {
                window.getScene().getRoot().setEffect(hide ? new GaussianBlur(40) : null);
            }
        }
    }

    private void show(Stage owner, Parent lockRoot, IdleLockView lockView, String title) {
        if (lockStage == null) {
            lockStage = Windows.modal(owner, title, lockRoot);
            lockStage.initModality(Modality.APPLICATION_MODAL);
            lockStage.setOnCloseRequest(javafx.event.Event::consume);
        }
        lockStage.show();
        lockStage.toFront();
        lockView.focusPassword();
    }

    void stop() {
        ticker.stop();
        Window.getWindows().removeListener(onNewWindow);
        Window.getWindows().forEach(w -> w.removeEventFilter(InputEvent.ANY, onInput));
        if (lockStage != null) {
            lockStage.hide();
        }
    }
}
