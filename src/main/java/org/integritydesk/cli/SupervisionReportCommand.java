package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report supervision --data-dir DIR --out FILE.pdf (--visit JC-2025-001 | --year Y)}: 监督检查记录表. */
@Command(name = "supervision", aliases = "inspection", description = "监督检查记录表 (supervision visit records).")
final class SupervisionReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--visit", paramLabel = "NUMBER", description = "one visit, e.g. JC-2025-001")
        String visit;

        @Option(names = "--year", paramLabel = "Y", description = "every visit of the year")
        Integer year;
    }

    SupervisionReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        return print(out, services -> which.visit == null
                ? services.supervision().printYear(which.year, messages.locale())
                : services.supervision().printRecord(ReportOutput.found(services.supervision().findByNumber(which.visit),
                        messages, "cli.report.noSuchVisit", which.visit).id(), messages.locale()));
    }
}
