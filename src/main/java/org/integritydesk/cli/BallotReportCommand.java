package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.service.DebriefingService;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report ballot --data-dir DIR --session SZ-2025-01 [--copies N] --out FILE.pdf}: the blank 述职述廉民主测评表,
 * N numbered copies (as many as the session expects voters when not given) in one PDF.
 */
@Command(name = "ballot", description = "述职述廉民主测评表 (the blank debriefing ballot, numbered copies).")
final class BallotReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--session", required = true, paramLabel = "NUMBER", description = "the session, e.g. SZ-2025-01")
    String session;

    @Option(names = "--copies", paramLabel = "N",
            description = "how many numbered copies (default: as many as the session expects voters)")
    Integer copies;

    BallotReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        if (copies != null && (copies < 1 || copies > DebriefingService.MAX_COPIES)) {
            throw new CommandFailure(messages.get("error.ballot.copies", DebriefingService.MAX_COPIES));
        }
        return print(out, services -> {
            DebriefingSession s = ReportOutput.found(services.debriefing().findByNumber(session), messages,
                    "cli.report.noSuchSession", session);
            int n = copies != null ? copies : Math.min(s.expectedVoters(), DebriefingService.MAX_COPIES);
            return services.debriefing().printBallot(s.id(), n, messages.locale());
        });
    }
}
