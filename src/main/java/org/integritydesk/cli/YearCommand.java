package org.integritydesk.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.integritydesk.model.ClosedYear;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code integrity-desk year close|reopen|list}: closing a year (归档, which writes its archive),
 * reopening it with a reason, and the years with their state. Closing and reopening need an
 * inspector (纪检监察员).
 */
@Command(name = "year", description = "Close (archive) a year, reopen it, list the years.",
        subcommands = {YearCommand.Close.class, YearCommand.Reopen.class, YearCommand.ListYears.class})
final class YearCommand {

    @Command(name = "close", description = "Close the year: write its signed, encrypted archive; nothing in it changes afterwards.")
    static final class Close implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the year to close")
        int year;

        Close(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                ClosedYear closed = services.years().close(year);
                System.out.println(messages.get("cli.year.closed", String.valueOf(year),
                        services.years().archiveFolder().resolve(closed.archiveFile()), closed.archiveSha256()));
            }
            return 0;
        }
    }

    @Command(name = "reopen", description = "Reopen a closed year, for a reason (recorded in the audit log).")
    static final class Reopen implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the year to reopen")
        int year;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it is reopened")
        String reason;

        Reopen(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                ClosedYear reopened = services.years().reopen(year, reason);
                System.out.println(messages.get("cli.year.reopened", String.valueOf(year), reopened.reopenReason()));
            }
            return 0;
        }
    }

    /** One line per year, tab-separated: year, state, closed by, closed at, archive file, reopened by, reopened at, reason. */
    @Command(name = "list", description = "List the years: year, state, closed by and at, archive file, reopened by and at, reason.")
    static final class ListYears implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        ListYears(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                for (YearStatus year : services.years().list()) {
                    ClosedYear latest = year.latest().orElse(null);
                    System.out.println(String.join("\t", String.valueOf(year.year()), year.state().name(),
                            latest == null ? "-" : latest.closedBy(), time(latest == null ? null : latest.closedAt()),
                            latest == null ? "-" : latest.archiveFile(),
                            latest == null || latest.reopenedBy() == null ? "-" : latest.reopenedBy(),
                            time(latest == null ? null : latest.reopenedAt()),
                            latest == null || latest.reopenReason() == null ? "-" : latest.reopenReason()));
                }
            }
            return 0;
        }

        private static String time(Instant at) {
            return at == null ? "-" : at.toString();
        }
    }
}
