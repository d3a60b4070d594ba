package org.integritydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintService.CadreSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report cadre-file --data-dir DIR --out FILE.pdf (--cadre ID | --unit CODE | --all) [--year Y]}:
 * the 干部廉政档案表 of one cadre, a unit with its sub-units, or everyone. {@code --year Y} alone
 * prints everyone's sheet headed with that year (the year-end archive).
 */
@Command(name = "cadre-file", description = "干部廉政档案表 (cadre clean-government file sheets).")
final class CadreFileReportCommand extends PdfReportCommand {
    private final Clock clock;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Which which;

    @Option(names = "--year", paramLabel = "Y", description = "year printed on the sheets (default: this year)")
    Integer year;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "why the files are printed, for the audit trail")
    String purpose;

    static final class Which {
        @Option(names = "--cadre", paramLabel = "ID_NUMBER", description = "one cadre, by ID number")
        String idNumber;

        @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "a unit and its sub-units")
        String unitCode;

        @Option(names = "--all", description = "every cadre")
        boolean all;
    }

    CadreFileReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        super(opener, passwords, messages);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        CadreSelection selection = selection();
        int printYear = year != null ? year : LocalDate.now(clock).getYear();
        return print(out, services -> services.printing().cadreFiles(
                selection, printYear, messages.locale(), ReportOutput.purpose(purpose, messages), (done, total) -> { },
                () -> false));
    }

    private CadreSelection selection() {
        if (which == null) {
            if (year == null) {
                throw new CommandFailure(messages.get("cli.error.chooseCadres"));
            }
            return new CadreSelection.Everyone();
        }
        if (which.idNumber != null) {
            return new CadreSelection.ByIdNumber(which.idNumber);
        }
        if (which.unitCode != null) {
            return new CadreSelection.ByUnitCode(which.unitCode);
        }
        return new CadreSelection.Everyone();
    }
}
