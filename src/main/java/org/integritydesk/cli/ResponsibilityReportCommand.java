package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ResponsibilityFilter;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report responsibility --data-dir DIR --user NAME --year Y [--unit CODE] [--out FILE.pdf]}: the
 * 党风廉政建设责任分解表 of year Y, landscape, every task the user may see or those of one unit and the
 * units below it. Without {@code --out} it writes {@code responsibility-Y.pdf} in the current folder.
 * On any error nothing is written.
 */
@Command(name = "responsibility", description = "党风廉政建设责任分解表 (a year's responsibility tasks and their quarterly progress).")
final class ResponsibilityReportCommand extends PdfReportCommand {
    @Option(names = "--year", required = true, paramLabel = "Y", description = "the year of the tasks")
    int year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "tasks of this unit and the units below it")
    String unitCode;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "the PDF to write (default: responsibility-Y.pdf)")
    Path out;

    ResponsibilityReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        ReportOutput.requireYear(year, messages);
        Path target = out != null ? out : Path.of("responsibility-" + year + ".pdf");
        ReportOutput.requireFolder(target, messages);
        return print(target, services -> {
            Set<UUID> unitIds = null;
            String words = "";
            if (unitCode != null) {
                UnitTree tree = services.units().tree();
                OrgUnit unit = ReportOutput.unit(tree, unitCode, messages);
                unitIds = tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
                words = messages.get("responsibility.filterText.unit", unit.name());
            }
            return services.responsibility().print(new ResponsibilityFilter(year, unitIds, null, null), words,
                    messages.locale());
        });
    }
}
