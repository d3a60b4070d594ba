package org.integritydesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integritydesk.model.Action;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.ProblemAnalysis.Counts;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Timeliness;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.ProblemAnalysisReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.ProblemAnalysisRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * 问题整改分析 (issue 5, item 6): the ledger items found in a period counted by area, severity,
 * source and unit, the units with most open items and the share rectified on time
 * ({@link Timeliness}); and its printout, the 问题整改分析表. The database groups the items; this
 * adds the groups up. A clerk's analysis covers their unit and the units below it.
 */
public final class ProblemAnalysisService {
    private final Transactions tx;
    private final ProblemAnalysisRepository repository;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<ProblemAnalysisReport> report;

    public ProblemAnalysisService(Transactions tx, ProblemAnalysisRepository repository, UnitRepository units,
            Stamps stamps, AccessControl access, AuditTrail audit, SetupService setup,
            Supplier<ProblemAnalysisReport> report) {
        this.tx = tx;
        this.repository = repository;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.report = report;
    }

    public LocalDate today() {
        return stamps.today();
    }

    /**
     * The analysis of the items found in {@code period}, of the unit {@code unitId} and the units
     * below it (null: every unit the user may see). Refused for a period that is no period and for
     * a unit outside the user's reach.
     */
    public ProblemAnalysis analyse(AnalysisPeriod period, UUID unitId) {
        AnalysisPeriod.refusal(period == null ? null : period.from(), period == null ? null : period.to())
                .ifPresent(key -> {
                    throw new ServiceException(key, AnalysisPeriod.MAX_DAYS);
                });
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            Set<UUID> unitIds = scope.visibleUnits();
            if (unitId != null) {
                UnitTree tree = new UnitTree(units.findAll());
                if (tree.find(unitId).isEmpty()) {
                    throw new ServiceException("error.print.noSuchUnit", unitId);
                }
                access.require(Action.VIEW, unitId);
                Set<UUID> below = tree.selfAndDescendants(unitId).stream().map(OrgUnit::id).collect(Collectors.toSet());
                if (unitIds != null) {
                    below.retainAll(unitIds);
                }
                unitIds = below;
            }
            LocalDate today = stamps.today();
            return fold(period, today, repository.cells(period.from(), period.to(), today, unitIds, scope.recused()));
        });
    }

    /** Adds the database's groups up into the analysis (package-private for the counting tests). */
    static ProblemAnalysis fold(AnalysisPeriod period, LocalDate today, List<ProblemAnalysisRepository.Cell> cells) {
        Map<ProblemCategory, Counts> areas = zeros(ProblemCategory.class);
        Map<ProblemSeverity, Counts> severities = zeros(ProblemSeverity.class);
        Map<ProblemSource, Counts> sources = zeros(ProblemSource.class);
        Map<UUID, ProblemAnalysis.UnitRow> unitRows = new LinkedHashMap<>();
        Counts total = Counts.NONE;
        for (ProblemAnalysisRepository.Cell cell : cells) {
            Timeliness timeliness = Timeliness.of(cell.status(), cell.hasDeadline(), cell.deadlinePassed(),
                    cell.rectifiedByDeadline());
            Counts counts = Counts.of(cell.status(), timeliness, cell.deadlinePassed(), cell.items());
            total = total.plus(counts);
            areas.merge(cell.category(), counts, Counts::plus);
            severities.merge(cell.severity(), counts, Counts::plus);
            sources.merge(cell.source(), counts, Counts::plus);
            unitRows.merge(cell.unitId(), new ProblemAnalysis.UnitRow(cell.unitId(), cell.unitCode(), cell.unitName(),
                    counts), (a, b) -> new ProblemAnalysis.UnitRow(a.unitId(), a.unitCode(), a.unitName(),
                            a.counts().plus(b.counts())));
        }
        List<ProblemAnalysis.UnitRow> byUnit = new ArrayList<>(unitRows.values());
        byUnit.sort(Comparator.comparingLong((ProblemAnalysis.UnitRow r) -> -r.counts().items())
                .thenComparing(ProblemAnalysis.UnitRow::unitCode));
        List<ProblemAnalysis.UnitRow> mostOpen = byUnit.stream().filter(r -> r.counts().open() > 0)
                .sorted(Comparator.comparingLong((ProblemAnalysis.UnitRow r) -> -r.counts().open())
                        .thenComparingLong(r -> -r.counts().overdue())
                        .thenComparing(ProblemAnalysis.UnitRow::unitCode))
                .limit(ProblemAnalysis.MOST_OPEN).toList();
        return new ProblemAnalysis(period, today, total, rows(areas), rows(severities), rows(sources), byUnit, mostOpen);
    }

    private static <E extends Enum<E>> Map<E, Counts> zeros(Class<E> type) {
        Map<E, Counts> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, Counts.NONE);
        }
        return map;
    }

    private static <E extends Enum<E>> List<ProblemAnalysis.Row<E>> rows(Map<E, Counts> map) {
        return map.entrySet().stream().map(e -> new ProblemAnalysis.Row<>(e.getKey(), e.getValue())).toList();
    }

    /**
     * 问题整改分析表 of {@code analyse(period, unitId)}, in {@code locale}; one PRINT event.
     *
     * @param scopeText the unit chosen, in words (empty for every unit)
     */
    public PrintableDocument print(AnalysisPeriod period, UUID unitId, String scopeText, Locale locale) {
        ProblemAnalysis analysis = analyse(period, unitId);
        tx.read(() -> access.require(Action.PRINT));
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        PrintableDocument document = new ReportDocument(report.get().fill(analysis, bureau, scopeText, locale),
                stamps.clock());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "problem-analysis");
        details.put("from", period.from().toString());
        details.put("to", period.to().toString());
        details.put("unit", scopeText == null ? "" : scopeText);
        details.put("items", analysis.total().items());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, AuditTrail.PROBLEM_ANALYSIS, null, null, null, details,
                null));
        return document;
    }
}
