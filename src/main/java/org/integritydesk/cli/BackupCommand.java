package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupInfo;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backup --data-dir DIR [--to FILE]}: a consistent backup while nothing else runs on the
 * folder. Without {@code --to} it goes to the backup folder as a manual backup (and the rotation
 * runs); with it, to FILE, outside the rotation.
 */
@Command(name = "backup", description = "Back up the database into the backup folder, or to FILE.")
final class BackupCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    @Option(names = "--to", paramLabel = "FILE.zip", description = "write the backup to this file")
    Path to;

    BackupCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            BackupInfo backup = to == null ? services.backups().backupNow(BackupKind.MANUAL) : services.backups().backupTo(to);
            System.out.println(messages.get("cli.backup.done", backup.file(), backup.sizeBytes()));
        }
        return 0;
    }
}
