package org.integritydesk.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.PrintService.CadreSelection;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ProgressListener;

/**
 * {@code report-unit ..} or {@code report-cadres ..}: filling the 干部廉政档案表 of many cadres and
 * writing the PDF, as {@code report cadre-file} does: milliseconds for each step and in all,
 * pages, and PDF bytes.
 */
public final class CadreFileReportMeasurement implements Measurement {
    /** The cadres to print, and how the printed line names them. */
    private record Choice(Figure figure, CadreSelection selection, int cadres) {
    }

    private final String name;
    private final Function<BenchContext, Choice> choose;

    private CadreFileReportMeasurement(String name, Function<BenchContext, Choice> choose) {
        this.name = name;
        this.choose = choose;
    }

    /** The sub-unit (with the units below it) whose cadres come closest to {@code size} in number. */
    public static CadreFileReportMeasurement unitOfAbout(int size) {
        return new CadreFileReportMeasurement("report-unit", context -> {
            UnitTree tree = context.services().units().tree();
            Map<UUID, Long> perUnit = context.cadres().stream()
                    .collect(Collectors.groupingBy(CadreSummary::unitId, Collectors.counting()));
            Function<OrgUnit, Integer> countOf = unit -> tree.selfAndDescendants(unit.id()).stream()
                    .mapToInt(u -> perUnit.getOrDefault(u.id(), 0L).intValue()).sum();
            List<OrgUnit> subUnits = tree.inDisplayOrder().stream().filter(u -> !u.isRoot()).toList();
            OrgUnit unit = subUnits.stream().min(Comparator.comparingInt(u -> Math.abs(countOf.apply(u) - size)))
                    .orElse(tree.roots().get(0));
            return new Choice(new Figure("report-unit").with("unit", unit.code()),
                    new CadreSelection.ByUnitCode(unit.code()), countOf.apply(unit));
        });
    }

    /** The first {@code count} cadres of the list. */
    public static CadreFileReportMeasurement firstCadres(int count) {
        return new CadreFileReportMeasurement("report-cadres", context -> {
            List<UUID> ids = context.cadres().stream().limit(count).map(CadreSummary::id).toList();
            return new Choice(new Figure("report-cadres"), new CadreSelection.Cadres(ids), ids.size());
        });
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Choice choice = choose.apply(context);
        Path pdf = context.workDir().resolve(name + ".pdf");
        long start = System.nanoTime();
        PrintableDocument document = context.services().printing().cadreFiles(choice.selection(), context.year(),
                context.messages().locale(), ProgressListener.NONE, () -> false);
        long filled = System.nanoTime();
        document.savePdf(pdf);
        long written = System.nanoTime();
        context.print(choice.figure().with("cadres", choice.cadres()).millis("ms", written - start)
                .millis("fill-ms", filled - start).millis("pdf-ms", written - filled)
                .with("pages", document.pageCount()).with("bytes", Files.size(pdf)));
        Files.delete(pdf);
    }
}
