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
            Application.launch(IntegrityDeskApp.class, args);
            if (!options.cdsTraining()) {
                // the window has closed: make the packaged app's class-data-sharing archive if it is missing
                ClassDataArchive.makeIfMissing(options.dataDirOrDefault());
            }
        } else {
            System.exit(CommandLineEntry.run(args));
        }
    }
}
