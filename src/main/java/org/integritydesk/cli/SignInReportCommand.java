package org.integritydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProgressListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report sign-in --data-dir DIR --out FILE.pdf (--activity ID | --year Y [--unit CODE])}: the
 * 教育活动签到表 of one activity, or of every activity of a year (organised by a unit and the
 * units below it). {@code education list --year Y} prints the activities' IDs.
 */
@Command(name = "sign-in", description = "教育活动签到表 (education activity sign-in sheets).")
final class SignInReportCommand extends PdfReportCommand {
    private final Clock clock;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "with --year: activities organised by this unit and those below it")
    String unitCode;

    static final class Which {
        @Option(names = "--activity", paramLabel = "ID", description = "one activity, by its ID (see: education list)")
        String activityId;

        @Option(names = "--year", paramLabel = "Y", description = "every activity of the year")
        Integer year;
    }

    SignInReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        super(opener, passwords, messages);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        UUID activity = activityId();
        if (activity != null && unitCode != null) {
            throw new CommandFailure(messages.get("cli.error.unitNeedsYear"));
        }
        return print(out, services -> activity != null
                ? services.educationPrinting().signInSheet(activity, messages.locale(), ProgressListener.NONE, () -> false)
                : services.educationPrinting().signInSheets(which.year, unitCode, messages.locale(),
                        ProgressListener.NONE, () -> false));
    }

    private UUID activityId() {
        if (which.activityId == null) {
            if (which.year < 2000 || which.year > LocalDate.now(clock).getYear() + 1) {
                throw new CommandFailure(messages.get("cli.error.year", which.year));
            }
            return null;
        }
        try {
            return UUID.fromString(which.activityId.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(messages.get("cli.error.activityId", which.activityId));
        }
    }
}
