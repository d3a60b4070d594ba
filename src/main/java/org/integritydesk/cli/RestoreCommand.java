package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restore --data-dir DIR FILE}: replaces the database with a backup, after checking the
 * backup and saving the current database as a safety copy. The program must be closed.
 */
@Command(name = "restore", description = "Replace the database with the backup FILE (close the program first); "
        + "the current database is saved into the backup folder first.")
final class RestoreCommand implements Callable<Integer> {
    private final FolderRestorer restorer;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "the backup to restore")
    Path backup;

    RestoreCommand(FolderRestorer restorer, PasswordSource passwords, Messages messages) {
        this.restorer = restorer;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        Path folder = dataDir.existingFolder(messages);
        if (dataDir.user == null || dataDir.user.isBlank()) {
            throw new CommandFailure(messages.get("cli.error.userRequired"));
        }
        RestoreResult result = restorer.restore(folder, dataDir.user,
                passwords.read(messages.get("cli.passwordPrompt", dataDir.user)), backup);
        System.out.println(messages.get("cli.restore.done", result.backup(), result.dataDir(),
                result.rows("ORG_UNIT"), result.rows("CADRE")));
        System.out.println(result.safetyCopy()
                .map(copy -> messages.get("cli.restore.safetyCopy", copy))
                .orElseGet(() -> messages.get("cli.restore.noSafetyCopy")));
        return 0;
    }
}
