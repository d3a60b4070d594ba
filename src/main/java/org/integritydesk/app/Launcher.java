package org.integritydesk.app;

import java.util.List;
import javafx.application.Application;
import org.integritydesk.service.Messages;

/**
 * The entry point of {@code integrity-desk}. A plain class (not an {@link Application}) so that
 * JavaFX runs from the class path; with a sub-command it runs headless through the command line
 * interface and never starts the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        if (options.opensWindow()) {
            warmUpWhileTheToolkitStarts(options);
            Application.launch(IntegrityDeskApp.class, args);
            if (!options.cdsTraining()) {
                // the window has closed: make the packaged app's class-data-sharing archive if it is missing
                ClassDataArchive.makeIfMissing(options.dataDirOrDefault());
            }
        } else {
            System.exit(CommandLineEntry.run(args));
        }
    }

    /**
     * The JavaFX toolkit takes a few hundred milliseconds to start, mostly in native code on its own
     * thread, while this one waits. Meanwhile a second core reads the window's texts (the JDK keeps
     * the parsed bundle for the login window) and loads the classes of the first window's FXML, so
     * the launcher thread finds them ready (docs/performance.md: start-up). Nothing here changes
     * state the app depends on; a failure only means the work is done later, where it always was.
     */
    private static void warmUpWhileTheToolkitStarts(LaunchOptions options) {
        HeadStart.start("warm-up", () -> {
            Messages.load(LocalSettings.load(options.dataDirOrDefault()).locale());
            ClassLoader loader = Launcher.class.getClassLoader();
            for (String name : FIRST_WINDOW_CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    // only a head start: the window loads what it needs itself
                }
            }
        });
    }

    private static final List<String> FIRST_WINDOW_CLASSES = List.of(
            "javafx.fxml.FXMLLoader", "com.ctc.wstx.stax.WstxInputFactory",
            "javafx.scene.control.TextField", "javafx.scene.control.PasswordField",
            "javafx.scene.control.Button", "javafx.scene.layout.GridPane",
            "org.integritydesk.ui.login.LoginView", "org.integritydesk.ui.login.LoginViewModel",
            "org.integritydesk.ui.setup.SetupView", "org.integritydesk.ui.setup.SetupViewModel");
}
