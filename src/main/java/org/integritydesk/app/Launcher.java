package org.integritydesk.app;

import java.util.List;
import javafx.application.Application;

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
            IntegrityDeskApp.startOpening(options);
            Application.launch(IntegrityDeskApp.class, args);
        } else {
            System.exit(CommandLineEntry.run(args));
        }
    }
}
