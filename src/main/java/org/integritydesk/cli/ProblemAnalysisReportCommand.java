package org.integritydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report problem-analysis --data-dir DIR --user NAME [--year Y] [--from DATE] [--to DATE] [--unit CODE]
 * [--out FILE.pdf]}: the 问题整改分析表 of the items found in a year (this year by default) or from one
 * date to another; {@code --from} or {@code --to} alone takes the other end from the year. Bad input
 * is refused before the data folder is opened; nothing but the PDF (and its audit event) is written.
 */
@Command(name = "problem-analysis", description = "问题整改分析表 (counts of the rectification ledger of a period).")
final class ProblemAnalysisReportCommand extends PdfReportCommand {
    private final Clock clock;

    @Option(names = "--out", paramLabel = "FILE.pdf",
            description = "the PDF to write (default: problem-analysis-<period>.pdf in the current folder)")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "problems found in this year (default: this year)")
    Integer year;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "problems found on or after this day")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "problems found on or before this day")
    String to;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "problems of this unit and the units below it")
    String unitCode;

    ProblemAnalysisReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        super(opener, passwords, messages);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        AnalysisPeriod period = period();
        Path target = out != null ? out : Path.of(defaultName(period));
        ReportOutput.requireFolder(target, messages);
        return print(target, services -> {
            OrgUnit unit = unitCode == null ? null : ReportOutput.unit(services.units().tree(), unitCode, messages);
            return services.problemAnalysis().print(period, unit == null ? null : unit.id(), unit == null ? "" : unit.name(),
                    messages.locale());
        });
    }

    /** The period asked for: the year, narrowed by --from and --to. */
    AnalysisPeriod period() {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        ReportOutput.requireYear(y, messages);
        LocalDate start = from == null ? LocalDate.of(y, 1, 1) : date(from);
        LocalDate end = to == null ? LocalDate.of(y, 12, 31) : date(to);
        AnalysisPeriod.refusal(start, end).ifPresent(key -> {
            throw new CommandFailure(messages.get(key, AnalysisPeriod.MAX_DAYS));
        });
        return new AnalysisPeriod(start, end);
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailure(messages.get("cli.error.badDate", text));
        }
    }

    private static String defaultName(AnalysisPeriod period) {
        return period.isWholeYear() ? "problem-analysis-" + period.from().getYear() + ".pdf"
                : "problem-analysis-" + period.from() + "_" + period.to() + ".pdf";
    }
}
