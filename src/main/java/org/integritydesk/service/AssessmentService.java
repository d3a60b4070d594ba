package org.integritydesk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AssessmentEntry;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.AssessmentRun;
import org.integritydesk.model.AssessmentScheme;
import org.integritydesk.model.AssessorScore;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.Deduction;
import org.integritydesk.model.DefaultAssessmentScheme;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Grade;
import org.integritydesk.model.Indicator;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.AssessmentSheetReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.AssessmentRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * The annual assessment (党风廉政建设责任制考核): each year's scheme, computing a year from the inputs
 * the feature areas supply ({@link AssessmentInputs}, one grouped query per input), the scores people
 * enter, the results per cadre and per unit with how each score was computed, and the sheets.
 * Computing stores a snapshot (the scheme as used and each cadre's scores, names as they were), from
 * which the sheets print: a closed year (归档) reprints the same sheets and refuses every change.
 * Sanctions (处分) are kept by {@link SanctionService}.
 */
public final class AssessmentService {
    /** Scores people enter lie between 0 and this. */
    static final BigDecimal MAX_ENTERED = new BigDecimal("1000");

    private final Transactions tx;
    private final AssessmentRepository repository;
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final AssessmentInputs inputs;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<AssessmentSheetReport> report;
    private final ClosedYears closedYears;

    public AssessmentService(Transactions tx, AssessmentRepository repository, CadreRepository cadres,
            UnitRepository units, AssessmentInputs inputs, Stamps stamps, AccessControl access, AuditTrail audit,
            SetupService setup, Supplier<AssessmentSheetReport> report, ClosedYears closedYears) {
        this.tx = tx;
        this.repository = repository;
        this.cadres = cadres;
        this.units = units;
        this.inputs = inputs;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.report = report;
        this.closedYears = closedYears;
    }

    // --- the scheme ---

    /** The year's stored scheme, or the default one (not stored until saved or computed). */
    public AssessmentScheme scheme(int year) {
        return tx.read(() -> {
            access.require(Action.VIEW);
            return repository.findScheme(year).orElseGet(() -> DefaultAssessmentScheme.forYear(year));
        });
    }

    /** Whether the year has a scheme of its own (otherwise the default stands). */
    public boolean hasScheme(int year) {
        return tx.read(() -> repository.findScheme(year).isPresent());
    }

    /** Checks and stores the year's scheme whole. */
    public AssessmentScheme saveScheme(AssessmentScheme scheme) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_ASSESSMENT);
            closedYears.requireOpen(scheme.year());
            List<FieldError> errors = scheme.check();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            boolean existed = repository.findScheme(scheme.year()).isPresent();
            try {
                repository.saveScheme(scheme, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(String.valueOf(scheme.year()), e);
            }
            audit.record(existed ? AuditKind.UPDATE : AuditKind.CREATE, AuditTrail.ASSESSMENT_SCHEME, null,
                    String.valueOf(scheme.year()), null, schemeFields(scheme), null);
            return repository.findScheme(scheme.year()).orElseThrow();
        });
    }

    /**
     * Copies {@code fromYear}'s scheme into {@code toYear}, replacing what it had (the user confirmed
     * that): over the version of {@code toYear}'s scheme read in the same transaction.
     */
    public AssessmentScheme copyScheme(int fromYear, int toYear) {
        if (fromYear == toYear) {
            throw new ServiceException("error.assessment.copySameYear");
        }
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_ASSESSMENT);
            AssessmentScheme source = repository.findScheme(fromYear).orElseThrow(
                    () -> new ServiceException("error.assessment.noScheme", String.valueOf(fromYear)));
            int replaced = repository.findScheme(toYear).map(AssessmentScheme::version).orElse(0);
            return saveScheme(source.copyTo(toYear).replacing(replaced));
        });
    }

    private static Map<String, Object> schemeFields(AssessmentScheme scheme) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", scheme.year());
        f.put("indicators", scheme.indicators().size());
        f.put("maxTotal", scheme.maxTotal().toPlainString());
        f.put("bands", scheme.bands().excellent() + "/" + scheme.bands().competent() + "/" + scheme.bands().basic());
        return f;
    }

    // --- computing ---

    /** What a computation did. */
    public record Computed(int year, int cadres, long millis) {
    }

    /**
     * Computes the year for every active cadre and replaces its stored results (entered scores are
     * kept and applied again). One grouped query per input, then one batch of inserts.
     */
    public Computed compute(int year) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_ASSESSMENT);
            return computeUnchecked(year);
        });
    }

    /**
     * The demo data's computation: as {@link #compute} without asking who the user is (the demo
     * command writes as the system); recorded in the audit trail as any computation.
     */
    public Computed computeForDemo(int year) {
        return tx.inTransaction(() -> computeUnchecked(year));
    }

    /**
     * Computes the year as {@link #compute} does — every input read, every cadre scored — and stores
     * nothing: how long a recomputation takes, for the benchmark; also for a closed year.
     */
    public Computed trialCompute(int year) {
        return tx.read(() -> {
            access.require(Action.MANAGE_ASSESSMENT);
            long started = System.nanoTime();
            AssessmentScheme scheme = repository.findScheme(year).orElseGet(() -> DefaultAssessmentScheme.forYear(year));
            List<AssessmentResult> results = score(year, scheme);
            return new Computed(year, results.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private Computed computeUnchecked(int year) {
        long started = System.nanoTime();
        closedYears.requireOpen(year);
        AssessmentScheme scheme = repository.findScheme(year).orElse(null);
        if (scheme == null) {
            scheme = DefaultAssessmentScheme.forYear(year);
            repository.saveScheme(scheme, stamps.next());
        }
        List<AssessmentResult> results = score(year, scheme);
        List<AssessmentRun.Item> runIndicators = new ArrayList<>();
        for (Indicator i : scheme.inTreeOrder()) {
            runIndicators.add(new AssessmentRun.Item(scheme.depth(i), i.name(), scheme.maxOf(i), i.rule(), i.parameter(),
                    i.input()));
        }
        var stamp = stamps.next();
        repository.replaceRun(new AssessmentRun(year, stamp.now(), stamp.user(), scheme.bands(), results.size(), runIndicators),
                results);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("cadres", results.size());
        details.put("ms", millis);
        audit.record(AuditKind.UPDATE, AuditTrail.ASSESSMENT, null, String.valueOf(year), null, details, null);
        return new Computed(year, results.size(), millis);
    }

    /** Every active cadre's result of the year under the scheme: one grouped query per input. */
    private List<AssessmentResult> score(int year, AssessmentScheme scheme) {
        List<Indicator> leaves = scheme.leaves();
        Map<AssessmentInput, Map<UUID, BigDecimal>> values = new EnumMap<>(AssessmentInput.class);
        for (AssessmentInputSource source : inputs.sources()) {
            source.values(year).forEach((input, byCadre) -> values.merge(input, byCadre, (a, b) -> {
                Map<UUID, BigDecimal> merged = new HashMap<>(a);
                merged.putAll(b);
                return merged;
            }));
        }
        Map<UUID, BigDecimal> sanctions = values.getOrDefault(AssessmentInput.SANCTIONS, Map.of());
        Map<UUID, AssessmentEntry> entries = repository.findEntries(year);
        List<AssessmentResult> results = new ArrayList<>();
        for (AssessmentResult.Subject subject : repository.subjects()) {
            UUID id = subject.cadreId();
            BigDecimal sanctionCount = sanctions.get(id);
            results.add(AssessmentResult.compute(year, subject, leaves, input -> {
                Map<UUID, BigDecimal> byCadre = values.get(input);
                return byCadre == null ? null : byCadre.get(id);
            }, sanctionCount == null ? 0 : sanctionCount.intValue(), entries.get(id), scheme.bands()));
        }
        return results;
    }

    // --- results ---

    /** When the year was computed and with which scheme; empty before the first computation. */
    public Optional<AssessmentRun> run(int year) {
        return tx.read(() -> {
            access.require(Action.VIEW);
            return repository.findRun(year);
        });
    }

    /** The year's results the user may see, in unit and name order. */
    public List<AssessmentResult> results(int year) {
        return tx.read(() -> visibleResults(year));
    }

    private List<AssessmentResult> visibleResults(int year) {
        AccessControl.Scope scope = access.scope(Action.VIEW);
        return repository.findResults(year).stream().filter(r -> scope.canSee(r.unitId(), r.cadreId())).toList();
    }

    /** A unit's results counted: cadres, the average total, how many of each grade. */
    public record UnitResult(UUID unitId, String unitName, int cadres, BigDecimal average, Map<Grade, Integer> grades) {
    }

    /** Per unit (of the cadres the user may see), in unit order. */
    public List<UnitResult> unitResults(int year) {
        return unitResults(results(year));
    }

    /** Groups results by unit, in the order of the results. */
    public static List<UnitResult> unitResults(List<AssessmentResult> results) {
        Map<UUID, List<AssessmentResult>> byUnit = new LinkedHashMap<>();
        for (AssessmentResult r : results) {
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        List<UnitResult> list = new ArrayList<>();
        byUnit.forEach((unit, rows) -> {
            Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
            BigDecimal sum = BigDecimal.ZERO;
            for (AssessmentResult r : rows) {
                grades.merge(r.grade(), 1, Integer::sum);
                sum = sum.add(r.total());
            }
            list.add(new UnitResult(unit, rows.get(0).unitName(), rows.size(),
                    sum.divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP), grades));
        });
        return list;
    }

    /** One leaf of a cadre's explanation: its value, score, whether any source supplies it, the records. */
    public record Line(AssessmentRun.Item indicator, BigDecimal value, BigDecimal score, boolean supplied,
            List<String> records) {
    }

    /** How a cadre's result was computed: every indicator (categories with no value) and what was entered. */
    public record Explanation(AssessmentResult result, AssessmentRun run, List<Line> lines, AssessmentEntry entry) {
    }

    public Explanation explain(int year, UUID cadreId) {
        return tx.read(() -> {
            AssessmentRun run = repository.findRun(year).orElseThrow(() -> new ServiceException("error.assessment.notComputed",
                    String.valueOf(year)));
            AssessmentResult result = repository.findResult(year, cadreId)
                    .orElseThrow(() -> new ServiceException("error.assessment.noResult"));
            access.require(Action.VIEW, result.unitId());
            access.requireNotRecused(cadreId);
            Map<AssessmentInput, List<String>> records = new EnumMap<>(AssessmentInput.class);
            Set<AssessmentInput> supplied = new HashSet<>();
            for (AssessmentInputSource source : inputs.sources()) {
                supplied.addAll(source.supplies());
                source.records(year, cadreId).forEach((input, lines) -> records.merge(input, lines,
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
            }
            List<Line> lines = new ArrayList<>();
            int leaf = 0;
            for (AssessmentRun.Item i : run.indicators()) {
                if (i.isLeaf()) {
                    lines.add(new Line(i, result.values().get(leaf), scaled(result.scores().get(leaf)),
                            supplied.contains(i.input()), records.getOrDefault(i.input(), List.of())));
                    leaf++;
                } else {
                    lines.add(new Line(i, null, null, true, List.of()));
                }
            }
            return new Explanation(result, run, lines,
                    repository.findEntry(year, cadreId).orElse(AssessmentEntry.empty(year, cadreId)));
        });
    }

    // --- entered scores ---

    public AssessmentEntry entry(int year, UUID cadreId) {
        return tx.read(() -> {
            Cadre cadre = cadre(cadreId);
            access.require(Action.VIEW, cadre.unitId());
            return repository.findEntry(year, cadreId).orElse(AssessmentEntry.empty(year, cadreId));
        });
    }

    /** The entry's rules: scores from 0 to 1000, assessors named, deductions above 0 with a note. */
    public static List<FieldError> check(AssessmentEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.selfScore() != null && outOfRange(entry.selfScore())) {
            errors.add(new FieldError("selfScore", "validation.assessment.score"));
        }
        for (AssessorScore a : entry.assessorScores()) {
            if (a.assessor() == null || a.assessor().isBlank()) {
                errors.add(new FieldError("assessors", "validation.assessment.assessorName"));
                break;
            }
            if (PersonName.codePointLength(a.assessor().strip()) > PersonName.MAX_CODE_POINTS) {
                errors.add(new FieldError("assessors", "validation.tooLong", PersonName.MAX_CODE_POINTS));
                break;
            }
            if (a.score() == null || outOfRange(a.score())) {
                errors.add(new FieldError("assessors", "validation.assessment.score"));
                break;
            }
        }
        for (Deduction d : entry.deductions()) {
            if (d.points() == null || d.points().signum() <= 0 || d.points().compareTo(MAX_ENTERED) > 0) {
                errors.add(new FieldError("deductions", "validation.assessment.deductionPoints"));
                break;
            }
            if (d.note() == null || d.note().isBlank()) {
                errors.add(new FieldError("deductions", "validation.assessment.deductionNote"));
                break;
            }
            if (PersonName.codePointLength(d.note().strip()) > 200) {
                errors.add(new FieldError("deductions", "validation.tooLong", 200));
                break;
            }
        }
        return errors;
    }

    private static boolean outOfRange(BigDecimal score) {
        return score.signum() < 0 || score.compareTo(MAX_ENTERED) > 0;
    }

    /** Stores what was entered for the cadre's year and, when the year is computed, its new total and grade. */
    public Optional<AssessmentResult> saveEntry(AssessmentEntry entry) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_ASSESSMENT);
            Cadre cadre = cadre(entry.cadreId());
            access.require(Action.UPDATE, cadre.unitId());
            access.requireNotRecused(cadre.id());
            closedYears.requireOpen(entry.year());
            List<FieldError> errors = check(entry);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            AssessmentEntry clean = new AssessmentEntry(entry.year(), entry.cadreId(), entry.selfScore(),
                    entry.assessorScores().stream().map(a -> new AssessorScore(a.assessor().strip(), a.score())).toList(),
                    entry.deductions().stream().map(d -> new Deduction(d.points(), d.note().strip())).toList(),
                    entry.version());
            AssessmentEntry before = repository.findEntry(entry.year(), entry.cadreId()).orElse(null);
            try {
                repository.saveEntry(clean, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(cadre.name(), e);
            }
            Optional<AssessmentResult> updated = repository.findResult(entry.year(), entry.cadreId()).map(r -> {
                AssessmentResult changed = r.withEntry(clean,
                        repository.findRun(entry.year()).map(AssessmentRun::bands).orElseThrow());
                repository.updateResultTotals(changed);
                return changed;
            });
            audit.record(before == null ? AuditKind.CREATE : AuditKind.UPDATE, AuditTrail.ASSESSMENT, cadre.id(),
                    cadre.name() + " " + entry.year(), before == null ? null : entryFields(before), entryFields(clean),
                    null);
            return updated;
        });
    }

    private static Map<String, Object> entryFields(AssessmentEntry e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", e.year());
        f.put("selfScore", e.selfScore() == null ? "" : e.selfScore().toPlainString());
        f.put("assessors", e.assessorScores().stream().map(a -> a.assessor() + " " + a.score().toPlainString()).toList()
                .toString());
        f.put("deductions", e.deductions().stream().map(d -> d.points().toPlainString() + " " + d.note()).toList()
                .toString());
        return f;
    }

    private Cadre cadre(UUID cadreId) {
        return cadres.findById(cadreId).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new ServiceException("error.cadre.notFound"));
    }

    // --- printing ---

    /** Which sheets a printout holds. */
    public sealed interface Selection {
        int year();

        /** One cadre's sheet. */
        record OneCadre(int year, UUID cadreId) implements Selection {
        }

        /** The sheet of every cadre of a unit and the units below it (null: the whole bureau). */
        record Cadres(int year, String unitCode) implements Selection {
        }

        /** The sheets of these cadres, in the year's list order (what a screen lists; a benchmark's sample). */
        record Some(int year, List<UUID> cadreIds) implements Selection {
        }

        /** The unit sheet of a unit and of each unit below it that has cadres (null: every unit). */
        record Units(int year, String unitCode) implements Selection {
        }
    }

    /**
     * Fills the sheets of the selection from the year's stored results, and records the printout (a
     * cancelled fill records nothing). Slow: call it off the JavaFX thread.
     */
    public PrintableDocument print(Selection selection, Locale locale, String purpose, ProgressListener progress,
            BooleanSupplier cancelled) {
        return print(selection, tx.read(() -> gather(selection)), locale, purpose, progress, cancelled);
    }

    /** Why a cadre of a batch has no sheet in it. */
    public enum SkipReason {
        /** Active now but not in the year's computation (added or moved in after it): compute the year again. */
        NOT_COMPUTED,
        /** The user is recused from the cadre's records (回避). */
        RECUSED,
        /** Outside the units the user may print. */
        OUT_OF_SCOPE
    }

    /** A cadre left out of a batch, and why. */
    public record Skipped(String cadreName, String maskedId, SkipReason reason) {
    }

    /** A batch of sheets: the filled document, how many sheets it holds, and the cadres left out. */
    public record Batch(PrintableDocument document, int sheets, List<Skipped> skipped) {
    }

    /**
     * As {@link #print}, telling also which cadres of the selection get no sheet and why: for a unit
     * or the whole bureau, its active cadres without a result of the year or hidden by recusal; for
     * chosen cadres, each chosen one that is not printed. Slow: call it off the JavaFX thread.
     */
    public Batch printBatch(Selection selection, Locale locale, String purpose, ProgressListener progress,
            BooleanSupplier cancelled) {
        record Read(Gathered gathered, List<Skipped> skipped) {
        }
        Read read = tx.read(() -> {
            Gathered g = gather(selection);
            return new Read(g, skipped(selection, g));
        });
        PrintableDocument document = print(selection, read.gathered(), locale, purpose, progress, cancelled);
        return new Batch(document, read.gathered().results().size(), read.skipped());
    }

    private List<Skipped> skipped(Selection selection, Gathered gathered) {
        Set<UUID> printed = new HashSet<>();
        gathered.results().forEach(r -> printed.add(r.cadreId()));
        AccessControl.Scope scope = access.scope(Action.PRINT);
        List<Skipped> skipped = new ArrayList<>();
        if (selection instanceof Selection.Some some) {
            Map<UUID, AssessmentResult> byId = new HashMap<>();
            repository.findResults(selection.year()).forEach(r -> byId.put(r.cadreId(), r));
            for (UUID id : new java.util.LinkedHashSet<>(some.cadreIds())) {
                if (printed.contains(id)) {
                    continue;
                }
                AssessmentResult r = byId.get(id);
                if (r == null) {
                    cadres.findById(id).ifPresent(c -> skipped.add(new Skipped(c.name(),
                            c.idNumber().masked(), SkipReason.NOT_COMPUTED)));
                } else {
                    skipped.add(new Skipped(r.cadreName(), r.maskedId(),
                            scope.recused().contains(id) ? SkipReason.RECUSED : SkipReason.OUT_OF_SCOPE));
                }
            }
        } else if (selection instanceof Selection.Cadres c) {
            Set<UUID> unitIds = c.unitCode() == null ? null
                    : BatchPrints.unitScope(new UnitTree(units.findAll()), c.unitCode(), access).unitIds();
            Set<UUID> computed = new HashSet<>();
            repository.findResults(selection.year()).forEach(r -> computed.add(r.cadreId()));
            for (AssessmentResult.Subject s : repository.subjects()) {
                if (printed.contains(s.cadreId()) || (unitIds != null && !unitIds.contains(s.unitId()))
                        || (scope.visibleUnits() != null && !scope.visibleUnits().contains(s.unitId()))) {
                    continue;
                }
                skipped.add(new Skipped(s.cadreName(), s.maskedId(),
                        !computed.contains(s.cadreId()) ? SkipReason.NOT_COMPUTED : SkipReason.RECUSED));
            }
        }
        return List.copyOf(skipped);
    }

    private PrintableDocument print(Selection selection, Gathered gathered, Locale locale, String purpose,
            ProgressListener progress, BooleanSupplier cancelled) {
        if (gathered.results().isEmpty()) {
            throw new ServiceException("error.assessment.nothingToPrint");
        }
        int year = selection.year();
        BatchPrints.Fill fill;
        if (selection instanceof Selection.Units) {
            List<AssessmentSheetReport.UnitSheet> sheets = unitSheets(gathered.results());
            fill = (bureau, listener, stop) -> report.get().fillUnits(sheets, year, bureau, locale, listener, stop);
        } else {
            List<AssessmentSheetReport.CadreSheet> sheets = cadreSheets(gathered);
            fill = (bureau, listener, stop) -> report.get().fillCadres(sheets, year, bureau, locale, listener, stop);
        }
        return BatchPrints.fillAndRecord(tx, setup, stamps, audit, fill, progress, cancelled,
                new BatchPrints.Printed(AuditTrail.ASSESSMENT, gathered.recordId(), gathered.label(),
                        selection instanceof Selection.Units ? "assessment-unit" : "assessment-sheet",
                        gathered.what(), "sheets", gathered.results().size()), purpose);
    }

    private record Gathered(AssessmentRun run, List<AssessmentResult> results, Map<UUID, AssessmentEntry> entries, String what,
            UUID recordId, String label) {
    }

    private Gathered gather(Selection selection) {
        int year = selection.year();
        AssessmentRun run = repository.findRun(year)
                .orElseThrow(() -> new ServiceException("error.assessment.notComputed", String.valueOf(year)));
        AccessControl.Scope scope = access.scope(Action.PRINT);
        if (selection instanceof Selection.OneCadre one) {
            AssessmentResult result = repository.findResult(year, one.cadreId())
                    .orElseThrow(() -> new ServiceException("error.assessment.noResult"));
            access.require(Action.PRINT, result.unitId());
            access.requireNotRecused(one.cadreId());
            return new Gathered(run, List.of(result), repository.findEntries(year), "cadre " + year, one.cadreId(),
                    result.cadreName() + " " + year);
        }
        if (selection instanceof Selection.Some some) {
            List<AssessmentResult> rows = repository.findResultsOfCadres(year, new HashSet<>(some.cadreIds())).stream()
                    .filter(r -> scope.canSee(r.unitId(), r.cadreId())).toList();
            return new Gathered(run, rows, repository.findEntries(year), "cadres " + rows.size() + " " + year, null,
                    String.valueOf(year));
        }
        String unitCode = selection instanceof Selection.Cadres c ? c.unitCode() : ((Selection.Units) selection).unitCode();
        String what = "year " + year;
        String label = String.valueOf(year);
        List<AssessmentResult> found;
        if (unitCode != null) {
            BatchPrints.UnitScope narrowed = BatchPrints.unitScope(new UnitTree(units.findAll()), unitCode, access);
            found = repository.findResultsInUnits(year, narrowed.unitIds());
            what += " unit " + narrowed.unit().code();
            label = narrowed.unit().name() + " " + year;
        } else {
            found = repository.findResults(year);
        }
        List<AssessmentResult> rows = found.stream().filter(r -> scope.canSee(r.unitId(), r.cadreId())).toList();
        return new Gathered(run, rows, repository.findEntries(year), what, null, label);
    }

    private static List<AssessmentSheetReport.CadreSheet> cadreSheets(Gathered g) {
        List<AssessmentRun.Item> indicators = g.run().indicators();
        List<AssessmentSheetReport.CadreSheet> sheets = new ArrayList<>(g.results().size());
        for (AssessmentResult r : g.results()) {
            List<AssessmentSheetReport.Line> lines = new ArrayList<>(indicators.size());
            int leaf = 0;
            for (AssessmentRun.Item i : indicators) {
                if (i.isLeaf()) {
                    lines.add(new AssessmentSheetReport.Line(i.depth(), i.name(), i.maxScore(), i.rule(), i.parameter(),
                            i.input(), r.values().get(leaf), r.scores().get(leaf)));
                    leaf++;
                } else {
                    lines.add(new AssessmentSheetReport.Line(i.depth(), i.name(), i.maxScore(), null, null, null, null,
                            null));
                }
            }
            AssessmentEntry entry = g.entries().getOrDefault(r.cadreId(), AssessmentEntry.empty(r.year(), r.cadreId()));
            sheets.add(new AssessmentSheetReport.CadreSheet(r.unitName(), r.cadreName(), r.maskedId(), r.position(), lines,
                    r.computedTotal(), r.selfScore(),
                    entry.assessorScores().stream().map(a -> a.assessor() + " " + scaled(a.score()).toPlainString())
                            .toList(), r.assessorAverage(),
                    entry.deductions().stream().map(d -> "-" + scaled(d.points()).toPlainString() + " " + d.note())
                            .toList(), r.total(), r.grade(), r.sanctions() > 0));
        }
        return sheets;
    }

    private static List<AssessmentSheetReport.UnitSheet> unitSheets(List<AssessmentResult> results) {
        Map<UUID, List<AssessmentSheetReport.UnitRow>> byUnit = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (AssessmentResult r : results) {
            names.putIfAbsent(r.unitId(), r.unitName());
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(new AssessmentSheetReport.UnitRow(
                    r.cadreName(), r.maskedId(), r.position(), r.computedTotal(), r.selfScore(), r.assessorAverage(),
                    r.deductionTotal(), r.total(), r.grade()));
        }
        List<AssessmentSheetReport.UnitSheet> sheets = new ArrayList<>();
        byUnit.forEach((unit, rows) -> sheets.add(new AssessmentSheetReport.UnitSheet(names.get(unit), rows)));
        return sheets;
    }

    static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    // --- the home tab and the cadre file ---

    /**
     * The home tab's "assessment grade distribution" of a year: one bar per grade, counting the
     * results of the units the user may see; none before the year is computed. A bar opens the
     * 考核评价 tab filtered by the grade's name.
     */
    public HomeSources.Charts homeCharts(Messages messages) {
        return new HomeSources.Charts() {
            @Override
            public List<org.integritydesk.model.HomeChart> charts(int year) {
                return gradeCharts(year, messages);
            }

            @Override
            public List<org.integritydesk.model.HomeChart> charts(int year, Locale locale) {
                return gradeCharts(year, new Messages(locale));
            }
        };
    }

    /** The chart of {@link #homeCharts}, worded in {@code messages}' language. */
    private List<org.integritydesk.model.HomeChart> gradeCharts(int year, Messages messages) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            if (repository.findRun(year).isEmpty()) {
                return List.of();
            }
            Map<Grade, Integer> counts = repository.gradeCounts(year, scope.visibleUnits());
            List<org.integritydesk.model.HomeChart.Category> bars = new ArrayList<>();
            for (Grade g : Grade.values()) {
                bars.add(new org.integritydesk.model.HomeChart.Category(messages.label(g), g.name(),
                        List.of(counts.getOrDefault(g, 0).doubleValue())));
            }
            return List.of(new org.integritydesk.model.HomeChart(messages.get("assessment.chart.title", year),
                    "assessmentTab", List.of(messages.get("assessment.chart.series")), bars));
        });
    }

    /** The 考核评价 section of a cadre's file: each computed year, its total and grade. */
    public FileSections.Source fileSource(Messages messages) {
        return new FileSections.Source() {
            @Override
            public org.integritydesk.model.FileSection section() {
                return org.integritydesk.model.FileSection.ASSESSMENT;
            }

            @Override
            public List<org.integritydesk.model.SectionEntry> entries(UUID cadreId) {
                List<org.integritydesk.model.SectionEntry> entries = new ArrayList<>();
                for (AssessmentResult r : repository.findResultsOf(cadreId)) {
                    entries.add(new org.integritydesk.model.SectionEntry(java.time.LocalDate.of(r.year(), 12, 31),
                            messages.get("assessment.fileEntry.title", r.year()),
                            messages.get("assessment.fileEntry.detail", r.total().toPlainString(), messages.label(r.grade()))));
                }
                return entries;
            }
        };
    }

    /** Whether the year is closed (归档): the tab then only reads and prints. */
    public boolean isClosed(int year) {
        return tx.read(() -> closedYears.isClosed(year));
    }

    /** This year in the service's clock: the tab opens on it. */
    public int currentYear() {
        return java.time.LocalDate.now(stamps.clock()).getYear();
    }
}
