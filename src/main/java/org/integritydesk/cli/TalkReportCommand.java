package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.UUID;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report talk --data-dir DIR --out FILE.pdf (--id TALK_ID | --year Y [--unit CODE])}: the
 * 廉政谈话记录表 of one talk, or of every talk of a year (of a unit and its sub-units).
 */
@Command(name = "talk", description = "廉政谈话记录表 (integrity talk records).")
final class TalkReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Which which;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "with --year: a unit and its sub-units")
    String unitCode;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "why the talks are printed, for the audit trail")
    String purpose;

    static final class Which {
        @Option(names = "--id", paramLabel = "TALK_ID", description = "one talk, by its id")
        String talkId;

        @Option(names = "--year", paramLabel = "Y", description = "every talk held in that year")
        Integer year;
    }

    TalkReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        TalkService.Selection selection = selection();
        return print(out, services -> services.talks()
                .print(selection, messages.locale(), ReportOutput.purpose(purpose, messages), (d, t) -> { }, () -> false));
    }

    private TalkService.Selection selection() {
        if (which == null) {
            throw new CommandFailure(messages.get("cli.error.chooseTalks"));
        }
        if (which.talkId != null) {
            if (unitCode != null) {
                throw new CommandFailure(messages.get("cli.error.unitNeedsYear"));
            }
            try {
                return new TalkService.Selection.One(UUID.fromString(which.talkId.strip()));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(messages.get("cli.error.badTalkId", which.talkId));
            }
        }
        return new TalkService.Selection.ByYear(which.year, unitCode);
    }
}
