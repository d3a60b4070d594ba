package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report ballot-summary --data-dir DIR (--session SZ-2025-01 | --year Y) --out FILE.pdf}: the 述职述廉测评结果
 * 汇总表 of one session or of every session of a year.
 */
@Command(name = "ballot-summary", description = "述职述廉测评结果汇总表 (debriefing results, one session or a year).")
final class BallotSummaryReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--session", paramLabel = "NUMBER", description = "one session, e.g. SZ-2025-01")
        String session;

        @Option(names = "--year", paramLabel = "Y", description = "every session of the year")
        Integer year;
    }

    BallotSummaryReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        return print(out, services -> which.session == null
                ? services.debriefing().printSummaryYear(which.year, messages.locale())
                : services.debriefing().printSummary(ReportOutput.found(services.debriefing().findByNumber(which.session),
                        messages, "cli.report.noSuchSession", which.session).id(), messages.locale()));
    }
}
