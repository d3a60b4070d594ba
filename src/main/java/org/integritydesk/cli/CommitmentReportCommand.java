package org.integritydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report commitment --data-dir DIR --out FILE.pdf (--year Y [--unit CODE] | --cadre ID_NUMBER [--year Y])}:
 * the 廉政承诺书 of a year, ready to sign (of a unit and its sub-units), or one cadre's (this year's by default).
 */
@Command(name = "commitment", description = "廉政承诺书 (yearly integrity commitments, ready to sign).")
final class CommitmentReportCommand extends PdfReportCommand {
    private final Clock clock;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "the commitments' year")
    Integer year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "a unit and its sub-units")
    String unitCode;

    @Option(names = "--cadre", paramLabel = "ID_NUMBER", description = "one cadre, by ID number")
    String idNumber;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "why they are printed, for the audit trail")
    String purpose;

    CommitmentReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        super(opener, passwords, messages);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        CommitmentService.Selection selection = selection();
        return print(out, services -> services.commitments()
                .print(selection, messages.locale(), ReportOutput.purpose(purpose, messages), (d, t) -> { }, () -> false));
    }

    private CommitmentService.Selection selection() {
        if (idNumber != null) {
            if (unitCode != null) {
                throw new CommandFailure(messages.get("cli.error.cadreOrUnit"));
            }
            return new CommitmentService.Selection.ByCadre(idNumber, year != null ? year : LocalDate.now(clock).getYear());
        }
        if (year == null) {
            throw new CommandFailure(messages.get("cli.error.chooseCommitments"));
        }
        return new CommitmentService.Selection.ByYear(year, unitCode);
    }
}
