package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.model.RegulationFilter;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report regulations --data-dir DIR --user NAME --out FILE.pdf [--year Y]}: the 制度建设台账,
 * the whole register or the rules issued in year Y. Writes nothing but the PDF (and its audit event);
 * on any error nothing is written.
 */
@Command(name = "regulations", description = "制度建设台账 (the bureau's regulations register).")
final class RegulationsReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "only the rules issued in this year (default: every year)")
    Integer year;

    RegulationsReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        if (year != null) {
            ReportOutput.requireYear(year, messages);
        }
        ReportOutput.requireFolder(out, messages);
        return print(out, services -> services.regulations()
                .printRegister(new RegulationFilter(null, year, null, null), messages.locale()));
    }
}
