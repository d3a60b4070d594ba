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
        existingFolder(messages);
        if (!Files.exists(dataDir.resolve("integrity-desk.mv.db"))) {
            throw new CommandFailure(messages.get("cli.error.noDatabase", dataDir));
        }
        return dataDir;
    }

    /** The folder, which must exist; it may hold no database yet (restoring onto a new PC). */
    Path existingFolder(Messages messages) {
        if (!Files.isDirectory(dataDir)) {
            throw new CommandFailure(messages.get("cli.error.noDataDir", dataDir));
        }
        return dataDir;
    }
}
