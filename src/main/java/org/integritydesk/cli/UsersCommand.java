package org.integritydesk.cli;

import java.util.concurrent.Callable;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code integrity-desk users list --data-dir DIR --user NAME}: one line per user (needs an administrator). */
@Command(name = "users", description = "Users of a data folder.", subcommands = UsersCommand.ListUsers.class)
final class UsersCommand {

    @Command(name = "list", description = "List the users: name, role, unit code, active.")
    static final class ListUsers implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        ListUsers(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                var tree = services.units().tree();
                for (UserAccount user : services.users().list()) {
                    String unit = user.unitId() == null ? "-" : tree.find(user.unitId()).map(u -> u.code()).orElse("?");
                    System.out.println(String.join("\t", user.username(), user.role().name(), unit,
                            user.active() ? "active" : "inactive", user.displayName()));
                }
            }
            return 0;
        }
    }
}
