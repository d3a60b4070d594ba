package org.integritydesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code education list --data-dir DIR [--year Y]}: a year's education activities, one line each:
 * ID, time, kind, title, organiser, expected, present, attendance rate (tab-separated, for scripts).
 */
@Command(name = "education", description = "Education activities.", subcommands = EducationCommand.ListActivities.class)
final class EducationCommand {

    @Command(name = "list", description = "List a year's education activities with their IDs.")
    static final class ListActivities implements Callable<Integer> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;
        private final Clock clock;

        @Mixin DataDirOption dataDir;

        @Option(names = "--year", paramLabel = "Y", description = "the year (default: this year)")
        Integer year;

        ListActivities(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
            this.clock = clock;
        }

        @Override
        public Integer call() {
            int chosen = year != null ? year : LocalDate.now(clock).getYear();
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                for (ActivitySummary a : services.education().activities(chosen)) {
                    System.out.println(String.join("\t", a.id().toString(), WHEN.format(a.startsAt()),
                            messages.label(a.kind()), a.title(), a.organiserName(),
                            String.valueOf(a.attendance().expected() + a.attendance().pending()),
                            String.valueOf(a.attendance().present()),
                            a.attendance().ratePercent().map(r -> r.toPlainString() + "%").orElse("-")));
                }
            }
            return 0;
        }
    }
}
