package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.model.Action;
import org.integritydesk.model.Cadre;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report assessment --year Y [--unit CODE | --cadre ID_NUMBER | --all] [--unit-sheets] --out FILE.pdf}:
 * the 党风廉政建设责任制考核表 of the year's computed results: one cadre's, every cadre's of a unit and
 * its sub-units, or the whole bureau's (the default and {@code --all}); with {@code --unit-sheets}
 * one summary sheet per unit instead.
 */
@Command(name = "assessment", description = "党风廉政建设责任制考核表 (assessment sheets) of a computed year.")
final class AssessmentReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "the computed year")
    int year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "a unit and its sub-units")
    String unitCode;

    @Option(names = "--cadre", paramLabel = "ID_NUMBER", description = "one cadre, by ID number")
    String idNumber;

    @Option(names = "--all", description = "every cadre of the bureau (the default)")
    boolean all;

    @Option(names = "--unit-sheets", description = "one summary sheet per unit instead of one sheet per cadre")
    boolean unitSheets;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "why they are printed, for the audit trail")
    String purpose;

    AssessmentReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        int chosen = (unitCode != null ? 1 : 0) + (idNumber != null ? 1 : 0) + (all ? 1 : 0);
        if (chosen > 1) {
            throw new CommandFailure(messages.get("cli.error.assessmentScope"));
        }
        if (idNumber != null && unitSheets) {
            throw new CommandFailure(messages.get("cli.error.assessmentScope"));
        }
        if (out.toAbsolutePath().getParent() != null && !java.nio.file.Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new CommandFailure(messages.get("cli.error.noOutFolder", out.toAbsolutePath().getParent()));
        }
        return print(out, services -> {
            AssessmentService.Selection selection;
            if (idNumber != null) {
                Cadre cadre = services.cadres().findByIdNumber(idNumber, Action.PRINT)
                        .orElseThrow(() -> new CommandFailure(messages.get("cli.error.noCadre")));
                selection = new AssessmentService.Selection.OneCadre(year, cadre.id());
            } else if (unitSheets) {
                selection = new AssessmentService.Selection.Units(year, unitCode);
            } else {
                selection = new AssessmentService.Selection.Cadres(year, unitCode);
            }
            return services.assessment().print(selection, messages.locale(), ReportOutput.purpose(purpose, messages),
                    (d, t) -> { }, () -> false);
        });
    }
}
