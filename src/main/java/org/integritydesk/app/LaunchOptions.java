package org.integritydesk.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The window's command-line options ({@code [--data-dir DIR] [--startup-probe]}, and the hidden
 * {@code --cds-training} of {@link ClassDataArchive}), read without
 * a parsing library so that opening the window loads as few classes as possible. Anything else
 * (a sub-command such as {@code demo} or {@code report}) goes to the command line interface.
 */
record LaunchOptions(Path dataDir, boolean startupProbe, boolean cdsTraining, String command) {
    LaunchOptions(Path dataDir, boolean startupProbe, String command) {
        this(dataDir, startupProbe, false, command);
    }

    static LaunchOptions parse(List<String> args) {
        Path dataDir = null;
        boolean probe = false;
        boolean training = false;
        String command = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--startup-probe")) {
                probe = true;
            } else if (arg.equals(ClassDataArchive.TRAINING_OPTION)) {
                training = true;
            } else if (!arg.startsWith("-") && command == null) {
                command = arg;
            } else if (arg.startsWith("-") && command == null && !arg.equals("--gui")) {
                command = arg;
            }
        }
        return new LaunchOptions(dataDir, probe, training, command);
    }

    boolean opensWindow() {
        return command == null;
    }

    Path dataDirOrDefault() {
        return dataDir != null ? dataDir : DataDirectories.defaultDataDir();
    }
}
