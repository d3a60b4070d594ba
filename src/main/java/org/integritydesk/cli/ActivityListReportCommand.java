package org.integritydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report activities --data-dir DIR --out FILE.pdf [--year Y] [--unit CODE]}: the 教育活动台账,
 * every activity of the year (organised by the unit and those below it) with its attendance.
 */
@Command(name = "activities", description = "教育活动台账 (the year's education activities).")
final class ActivityListReportCommand extends PdfReportCommand {
    private final Clock clock;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "the year (default: this year)")
    Integer year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "only activities organised by this unit and those below it")
    String unitCode;

    ActivityListReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        super(opener, passwords, messages);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        int chosen = year != null ? year : LocalDate.now(clock).getYear();
        String scope = unitCode == null ? messages.get("education.filter.everything")
                : messages.get("education.filter.unitWithSubUnits", unitCode);
        return print(out,
                services -> services.educationPrinting().activityList(chosen, null, unitCode, scope, messages.locale()));
    }
}
