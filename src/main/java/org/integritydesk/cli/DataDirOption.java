package org.integritydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR --user NAME}, which every command on stored data takes (a picocli mixin). */
final class DataDirOption {
    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "data folder")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME",
            description = "user name; the password is read from INTEGRITY_DESK_PASSWORD or standard input")
    String user;

    /** Logs in to an existing, set-up folder (reading commands never create one). */
    CliServices login(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        if (!Files.isDirectory(dataDir)) {
            throw new CommandFailure(messages.get("cli.error.noDataDir", dataDir));
        }
        if (!opener.isSetUp(dataDir)) {
            throw new CommandFailure(messages.get("cli.error.noDatabase", dataDir));
        }
        if (user == null || user.isBlank()) {
            throw new CommandFailure(messages.get("cli.error.userRequired"));
        }
        return opener.login(dataDir, user, passwords.read(messages.get("cli.passwordPrompt", user)));
    }

    /** The folder, which must exist; it may hold no database yet (restoring onto a new PC). */
    Path existingFolder(Messages messages) {
        if (!Files.isDirectory(dataDir)) {
            throw new CommandFailure(messages.get("cli.error.noDataDir", dataDir));
        }
        return dataDir;
    }

    Path databaseFile() {
        return dataDir.resolve("integrity-desk.mv.db");
    }
}
