package org.integritydesk.ui.common;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Creates the app's secondary windows with its stylesheet, owned by the main window. */
public final class Windows {
    public static final String STYLESHEET = "/org/integritydesk/ui/common/app.css";

    private Windows() {
    }

    public static Stage modal(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(scene(root));
        return stage;
    }

    /** How a form view takes its callbacks: one for a save (with what was saved), one for a cancel. */
    @FunctionalInterface
    public interface FormCallbacks<T> {
        void set(Consumer<T> onSaved, Runnable onCancel);
    }

    /** Shows a form as a modal window: a save closes it and then hands on what was saved; a cancel closes it. */
    public static <T> void showForm(Window owner, String title, Parent root, FormCallbacks<T> callbacks,
            Consumer<T> onSaved) {
        Stage stage = modal(owner, title, root);
        callbacks.set(saved -> {
            stage.close();
            onSaved.accept(saved);
        }, stage::close);
        stage.show();
    }

    /**
     * As {@link #showForm(Window, String, Parent, FormCallbacks, Consumer)}, for a form that edits a stored
     * record: its reload (offered when another user saved the record first, see {@link SaveConflicts})
     * closes the window and runs {@code reopen}, which opens the record again as it is stored now. A new
     * record has nothing to reload: {@code reopen} is null then.
     */
    public static <T> void showForm(Window owner, String title, Parent root, FormCallbacks<T> callbacks,
            Consumer<T> onSaved, Consumer<Runnable> onReload, Runnable reopen) {
        Stage stage = modal(owner, title, root);
        callbacks.set(saved -> {
            stage.close();
            onSaved.accept(saved);
        }, stage::close);
        reopenOnReload(stage, onReload, reopen);
        stage.show();
    }

    /** Lets a form's reload close {@code stage} and run {@code reopen}; nothing when {@code reopen} is null. */
    public static void reopenOnReload(Stage stage, Consumer<Runnable> onReload, Runnable reopen) {
        if (reopen != null) {
            onReload.accept(() -> {
                stage.close();
                reopen.run();
            });
        }
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    /** Gives an alert the app's font and colours (alerts build their own scene). */
    public static <D extends Dialog<?>> D styled(D dialog) {
        dialog.getDialogPane().getStylesheets().add(stylesheet());
        return dialog;
    }

    private static String stylesheet() {
        return Windows.class.getResource(STYLESHEET).toExternalForm();
    }
}
