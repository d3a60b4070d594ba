package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.PrintableDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.integritydesk.service.Messages;

/**
 * {@code report self-inspection --data-dir DIR (--campaign ZC-2025-01 | --year Y) [--unit CODE] [--summary]
 * [--out FILE.pdf]}: the blank 专项自查表 of every cadre the campaign was sent to (of the unit and its
 * sub-units with {@code --unit}), or its 汇总表 with {@code --summary}. {@code --year} names the
 * year's only campaign.
 */
@Command(name = "self-inspection", description = "专项自查表 (blank forms per cadre) or, with --summary, the campaign summary.")
final class SelfInspectionReportCommand extends PdfReportCommand {
    @Option(names = "--out", paramLabel = "FILE.pdf",
            description = "the PDF to write (default: self-inspection-<campaign>.pdf here)")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--campaign", paramLabel = "NUMBER", description = "one campaign, e.g. ZC-2025-01")
        String campaign;

        @Option(names = "--year", paramLabel = "Y", description = "the year's campaign (when it has only one)")
        Integer year;
    }

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "only the cadres of this unit and its sub-units")
    String unitCode;

    @Option(names = "--summary", description = "the campaign's summary sheet instead of the forms")
    boolean summary;

    SelfInspectionReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            SelfInspectionCampaign campaign = campaign(services);
            List<UUID> unitIds = null;
            if (unitCode != null) {
                UnitTree tree = services.units().tree();
                OrgUnit unit = ReportOutput.unit(tree, unitCode, messages);
                unitIds = List.of(unit.id());
            }
            PrintableDocument document = summary
                    ? services.selfInspection().printSummary(campaign.id(), messages.locale())
                    : services.selfInspection().printForms(campaign.id(), unitIds, messages.locale());
            Path target = out != null ? out
                    : Path.of((summary ? "self-inspection-summary-" : "self-inspection-") + campaign.number() + ".pdf");
            ReportOutput.write(document, target, started, messages);
        }
        return 0;
    }

    private SelfInspectionCampaign campaign(CliServices services) {
        if (which.campaign != null) {
            return ReportOutput.found(services.selfInspection().findByNumber(which.campaign), messages,
                    "cli.selfInspection.noSuchCampaign", which.campaign);
        }
        List<SelfInspectionCampaign> ofYear = services.selfInspection().list().stream()
                .filter(c -> c.year() == which.year).toList();
        if (ofYear.isEmpty()) {
            throw new CommandFailure(messages.get("cli.selfInspection.noneInYear", which.year));
        }
        if (ofYear.size() > 1) {
            throw new CommandFailure(messages.get("cli.selfInspection.severalInYear", which.year,
                    String.join("、", ofYear.stream().map(SelfInspectionCampaign::number).toList())));
        }
        return ofYear.get(0);
    }
}
