package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ServerConnectionRules;
import org.integritydesk.model.TableComparison;
import org.integritydesk.service.DataMoveService;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code integrity-desk database move}: the data of the embedded database to an empty PostgreSQL
 * database, checked table by table; afterwards the program starts on the server. Administrators only.
 * {@code integrity-desk database join}: another PC's folder starts on that server from then on.
 */
@Command(name = "database", description = "The shared database server: move the embedded data to it, "
        + "or let another PC join it.", subcommands = {DatabaseCommand.Move.class, DatabaseCommand.Join.class})
final class DatabaseCommand {
    /** {@code --to-server HOST[:PORT]/DB --db-user U [--tls]}, and the server login's password read after them. */
    static final class ServerOptions {
        @Option(names = "--to-server", required = true, paramLabel = "HOST[:PORT]/DB",
                description = "the server and its database, e.g. db.county.local:5432/integrity_desk")
        String toServer;

        @Option(names = "--db-user", required = true, paramLabel = "U",
                description = "the server login; its password is read from INTEGRITY_DESK_DB_PASSWORD or the next "
                        + "line of standard input (after the user's password, where one is asked)")
        String dbUser;

        @Option(names = "--tls", description = "encrypt the connection (TLS)")
        boolean tls;

        /** The address checked first, so a typing mistake is told before any password is asked. */
        ServerConnectionRules.Address address(Messages messages) {
            ServerConnectionRules.Address address = ServerConnectionRules.parseAddress(toServer,
                    DatabaseChoice.DEFAULT_PORT);
            if (address == null) {
                throw new CommandFailure(messages.get("cli.database.badAddress", toServer));
            }
            List<FieldError> errors = ServerConnectionRules.check(address.host(), address.port(), address.database(),
                    dbUser);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return address;
        }

        DatabaseChoice choice(ServerConnectionRules.Address address, PasswordSource passwords, Messages messages) {
            String password = new String(passwords.readDatabasePassword(
                    messages.get("cli.database.passwordPrompt", dbUser)));
            return DatabaseChoice.server(address.host(), ServerConnectionRules.parsePort(address.port()),
                    address.database(), dbUser, password, tls);
        }
    }

    @Command(name = "move", description = "Move the data of the embedded database to an empty PostgreSQL database, "
            + "compare every table on both sides, and start on the server from then on. The embedded file is kept.")
    static final class Move implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Mixin ServerOptions server;

        Move(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            ServerConnectionRules.Address address = server.address(messages);
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                DatabaseChoice target = server.choice(address, passwords, messages);
                DataMoveService.MoveReport report;
                try {
                    report = services.dataMove().moveTo(target, (done, total) -> { }, () -> false);
                } catch (DataMoveService.MoveMismatchException e) {
                    print(e.report());
                    throw e;
                }
                print(report);
                System.out.println(messages.get("cli.database.moved", report.rows(), report.tables().size(),
                        target.address(), dataDir.databaseFile().toAbsolutePath()));
            }
            return 0;
        }

        private void print(DataMoveService.MoveReport report) {
            String format = "%-28s %12s %12s  %-16s  %s%n";
            System.out.printf(format, messages.get("cli.database.table"), messages.get("cli.database.embeddedRows"),
                    messages.get("cli.database.serverRows"), messages.get("cli.database.hash"),
                    messages.get("cli.database.same"));
            for (TableComparison table : report.tables()) {
                System.out.printf(format, table.table(), table.sourceRows(), table.targetRows(),
                        TableComparison.shortHash(table.sourceHash()),
                        table.matches() ? messages.get("cli.database.yes") : messages.get("cli.database.no"));
            }
        }
    }

    @Command(name = "join", description = "Let this PC's data folder (new or empty) use the PostgreSQL server that "
            + "another PC's data were moved to; log in with an account on the server afterwards.")
    static final class Join implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Option(names = "--data-dir", required = true, paramLabel = "DIR",
                description = "this PC's data folder (made when missing; must hold no database of its own)")
        Path dataDir;

        @Mixin ServerOptions server;

        Join(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            ServerConnectionRules.Address address = server.address(messages);
            DatabaseChoice target = server.choice(address, passwords, messages);
            opener.joinServer(dataDir, target);
            System.out.println(messages.get("cli.database.joined", target.address(), target.user(),
                    dataDir.toAbsolutePath()));
            return 0;
        }
    }
}
