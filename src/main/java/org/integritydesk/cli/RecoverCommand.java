package org.integritydesk.cli;

import java.util.concurrent.Callable;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code integrity-desk recover --data-dir DIR --user ADMIN}: when every administrator password is
 * forgotten. Reads two lines: the recovery code printed at set-up, then the new password (from
 * standard input, or the code from {@code INTEGRITY_DESK_RECOVERY_CODE} and the password from
 * {@code INTEGRITY_DESK_PASSWORD}).
 */
@Command(name = "recover", description = "Give an administrator a new password with the recovery code.")
final class RecoverCommand implements Callable<Integer> {
    /** Opens a folder with the recovery code as an administrator with a new password. */
    @FunctionalInterface
    interface Recovery {
        CliServices recover(java.nio.file.Path dataDir, String code, String admin, char[] newPassword);
    }

    private final Recovery recovery;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    RecoverCommand(Recovery recovery, PasswordSource passwords, Messages messages) {
        this.recovery = recovery;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (dataDir.user == null || dataDir.user.isBlank()) {
            throw new CommandFailure(messages.get("cli.error.userRequired"));
        }
        String code = new String(passwords.readRecoveryCode(messages.get("cli.recoveryPrompt")));
        char[] password = passwords.read(messages.get("cli.newPasswordPrompt", dataDir.user));
        try (CliServices services = recovery.recover(dataDir.dataDir, code, dataDir.user, password)) {
            System.out.println(messages.get("cli.recovered", dataDir.user));
        }
        return 0;
    }
}
