package org.integritydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every data command takes (a picocli mixin). */
final class DataDirOption {
    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "data folder")
    Path dataDir;

    /** The folder, which must exist and hold a set-up database (reading commands never create one). */
    Path existing(Messages messages) {
        if (!Files.isDirectory(dataDir)) {
            throw new CommandFailure(messages.get("cli.error.noDataDir", dataDir));
        }
        if (!Files.exists(databaseFile())) {
            throw new CommandFailure(messages.get("cli.error.noDatabase", dataDir));
        }
        return dataDir;
    }

    Path databaseFile() {
        return dataDir.resolve("integrity-desk.mv.db");
    }
}
