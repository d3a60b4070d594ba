package org.integritydesk.cli;

import java.util.concurrent.Callable;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code assess --year Y [--unit CODE]}: computes the year's assessment for every active cadre (the
 * stored results are replaced; entered scores are kept), then prints one line per cadre of the unit
 * and the units below it, or of the whole bureau: masked ID number, name, total, grade.
 */
@Command(name = "assess", description = "Compute a year's assessment and print each cadre's total and grade.")
final class AssessCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "the year to compute")
    int year;

    @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "print only a unit and its sub-units")
    String unitCode;

    AssessCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (year < 1900 || year > 9999) {
            throw new CommandFailure(messages.get("cli.error.badYear", year));
        }
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            java.util.Set<java.util.UUID> units = null;
            if (unitCode != null) {
                var tree = services.units().tree();
                OrgUnit unit = tree.findByCode(unitCode.strip())
                        .orElseThrow(() -> new CommandFailure(messages.get("error.print.noSuchUnit", unitCode)));
                units = new java.util.HashSet<>();
                for (OrgUnit u : tree.selfAndDescendants(unit.id())) {
                    units.add(u.id());
                }
            }
            AssessmentService.Computed computed = services.assessment().compute(year);
            StringBuilder out = new StringBuilder();
            for (AssessmentResult r : services.assessment().results(year)) {
                if (units == null || units.contains(r.unitId())) {
                    out.append(r.maskedId()).append('\t').append(r.cadreName()).append('\t')
                            .append(r.total().toPlainString()).append('\t').append(messages.label(r.grade())).append('\n');
                }
            }
            System.out.print(out);
            System.out.println(messages.get("cli.assess.done", year, computed.cadres(), computed.millis()));
        }
        return 0;
    }
}
