package org.integritydesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
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

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        var css = Windows.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }
}
