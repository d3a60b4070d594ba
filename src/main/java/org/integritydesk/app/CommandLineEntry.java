package org.integritydesk.app;

import java.time.Clock;
import java.util.Locale;
import org.integritydesk.cli.CommandLineInterface;
import org.integritydesk.service.Messages;

/** Runs a headless command on services built by the composition root. */
final class CommandLineEntry {
    private CommandLineEntry() {
    }

    static int run(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        Locale locale = "en".equalsIgnoreCase(System.getenv("INTEGRITY_DESK_LANG")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return new CommandLineInterface(dataDir -> AppServices.open(dataDir, clock),
                (dataDir, backup) -> AppServices.restore(dataDir, backup, clock), new Messages(locale), clock).run(args);
    }
}
