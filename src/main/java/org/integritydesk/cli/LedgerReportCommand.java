package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report ledger --data-dir DIR --out FILE.pdf [--year Y] [--unit CODE] [--status S] [--overdue]}: the
 * 整改台账, landscape, of the items the filters let through (every item the user may see without any).
 */
@Command(name = "ledger", description = "整改台账 (the rectification ledger, filtered).")
final class LedgerReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "items found in this year")
    Integer year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "items of this unit and the units below it")
    String unitCode;

    @Option(names = "--status", paramLabel = "S",
            description = "OPEN, RECTIFYING, RECTIFIED, VERIFIED, REOPENED or the Chinese name (待整改 …)")
    String status;

    @Option(names = "--overdue", description = "only overdue items")
    boolean overdue;

    LedgerReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        RectificationStatus wanted = parseStatus();
        return print(out, services -> {
            List<String> words = new ArrayList<>();
            Set<UUID> unitIds = null;
            if (unitCode != null) {
                UnitTree tree = services.units().tree();
                OrgUnit unit = ReportOutput.unit(tree, unitCode, messages);
                unitIds = tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
                words.add(messages.get("rectification.filterText.unit", unit.name()));
            }
            if (year != null) {
                words.add(messages.get("cli.ledger.year", year));
            }
            if (wanted != null) {
                words.add(messages.get("rectification.filterText.status", messages.label(wanted)));
            }
            if (overdue) {
                words.add(messages.label(DueState.OVERDUE));
            }
            LedgerFilter filter = new LedgerFilter(year, unitIds, null, wanted, overdue ? DueState.OVERDUE : null, false,
                    null);
            return services.rectifications().printLedger(filter, String.join("；", words), messages.locale());
        });
    }

    private RectificationStatus parseStatus() {
        if (status == null) {
            return null;
        }
        for (RectificationStatus s : RectificationStatus.values()) {
            if (s.name().equalsIgnoreCase(status.strip()) || messages.label(s).equals(status.strip())) {
                return s;
            }
        }
        List<String> names = new ArrayList<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            names.add(s.name() + "（" + messages.label(s) + "）");
        }
        throw new CommandFailure(messages.get("cli.ledger.noSuchStatus", status, String.join("、", names)));
    }
}
