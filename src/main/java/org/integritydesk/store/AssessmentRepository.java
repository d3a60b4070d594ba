package org.integritydesk.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.AssessmentEntry;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.AssessmentRun;
import org.integritydesk.model.AssessmentScheme;
import org.integritydesk.model.AssessorScore;
import org.integritydesk.model.Deduction;
import org.integritydesk.model.Grade;
import org.integritydesk.model.GradeBands;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.Indicator;
import org.integritydesk.model.ScoringRule;

/**
 * The assessment's tables: each year's scheme (bands and indicators), what people enter per cadre,
 * and the computed snapshot (the run's indicators and one result row per cadre).
 */
public final class AssessmentRepository {
    private static final String RESULT_COLUMNS = "result_year, cadre_id, unit_id, unit_name, cadre_name, sort_key,"
            + " masked_id, position_title, leaf_values, leaf_scores, computed_total, self_score, assessor_avg,"
            + " deduction_total, total, grade, sanctions";
    private static final String ASSESSOR = "ASSESSOR";
    private static final String DEDUCTION = "DEDUCTION";

    private final Jdbc jdbc;

    public AssessmentRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    // --- scheme ---

    public Optional<AssessmentScheme> findScheme(int year) {
        int[] version = new int[1];
        Optional<GradeBands> bands = jdbc.queryOne("SELECT excellent_min, competent_min, basic_min, version"
                + " FROM assessment_scheme WHERE scheme_year = ?", rs -> {
                    version[0] = rs.getInt(4);
                    return new GradeBands(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3));
                }, year);
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        List<Indicator> indicators = jdbc.query("SELECT id, parent_id, position, name, max_score, rule, parameter, input"
                + " FROM assessment_indicator WHERE scheme_year = ? ORDER BY position, name", rs -> new Indicator(
                        Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "parent_id"), rs.getInt("position"), rs.getString("name"),
                        rs.getBigDecimal("max_score"), Jdbc.enumValue(rs, "rule", ScoringRule.class),
                        rs.getBigDecimal("parameter"), Jdbc.enumValue(rs, "input", AssessmentInput.class)), year);
        return Optional.of(new AssessmentScheme(year, indicators, bands.get(), version[0]));
    }

    /** The years that have a scheme, newest first. */
    public List<Integer> schemeYears() {
        return jdbc.query("SELECT scheme_year FROM assessment_scheme ORDER BY scheme_year DESC", rs -> rs.getInt(1));
    }

    /**
     * Writes the year's scheme whole: the bands, and the indicators replacing those stored; only over
     * the stored version the scheme was based on (none, for version 0).
     *
     * @throws VersionConflictException naming who saved the stored scheme and when, when it is newer
     */
    public void saveScheme(AssessmentScheme scheme, Stamping stamp) {
        if (scheme.version() == 0) {
            if (jdbc.count("SELECT COUNT(*) FROM assessment_scheme WHERE scheme_year = ?", scheme.year()) > 0) {
                throw schemeConflict(scheme.year());
            }
            try {
                jdbc.update("INSERT INTO assessment_scheme (scheme_year, excellent_min, competent_min, basic_min,"
                        + " created_at, updated_at, updated_by, origin_unit, version) VALUES (?,?,?,?,?,?,?,?,1)",
                        scheme.year(), scheme.bands().excellent(), scheme.bands().competent(), scheme.bands().basic(),
                        stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
            } catch (DuplicateKeyException e) {
                // another user's first scheme of the year committed meanwhile (see saveEntry)
                throw new VersionConflictException("assessment_scheme", scheme.year());
            }
        } else if (jdbc.update("UPDATE assessment_scheme SET excellent_min = ?, competent_min = ?, basic_min = ?,"
                + " updated_at = ?, updated_by = ?, version = version + 1 WHERE scheme_year = ? AND version = ?",
                scheme.bands().excellent(), scheme.bands().competent(), scheme.bands().basic(), stamp.now(),
                stamp.user(), scheme.year(), scheme.version()) == 0) {
            throw schemeConflict(scheme.year());
        }
        jdbc.update("DELETE FROM assessment_indicator WHERE scheme_year = ?", scheme.year());
        List<Object[]> rows = new ArrayList<>();
        for (Indicator i : scheme.indicators()) {
            rows.add(new Object[] {i.id(), scheme.year(), i.parentId(), i.position(), i.name(), i.maxScore(), i.rule(),
                i.parameter(), i.input(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO assessment_indicator (id, scheme_year, parent_id, position, name, max_score, rule,"
                + " parameter, input, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)", rows);
    }

    // --- entries ---

    public Optional<AssessmentEntry> findEntry(int year, UUID cadreId) {
        Map<UUID, AssessmentEntry> found = entries(year, "AND cadre_id = ?", cadreId);
        return Optional.ofNullable(found.get(cadreId));
    }

    /** Every entry of the year by cadre: the scores people entered. */
    public Map<UUID, AssessmentEntry> findEntries(int year) {
        return entries(year, "");
    }

    private Map<UUID, AssessmentEntry> entries(int year, String where, Object... more) {
        Object[] params = new Object[more.length + 1];
        params[0] = year;
        System.arraycopy(more, 0, params, 1, more.length);
        Map<UUID, BigDecimal> selfScores = new LinkedHashMap<>();
        Map<UUID, Integer> versions = new HashMap<>();
        jdbc.query("SELECT cadre_id, self_score, version FROM assessment_entry WHERE entry_year = ? " + where, rs -> {
            UUID cadre = Jdbc.uuid(rs, "cadre_id");
            selfScores.put(cadre, rs.getBigDecimal("self_score"));
            versions.put(cadre, rs.getInt("version"));
            return null;
        }, params);
        Map<UUID, List<AssessorScore>> assessors = new HashMap<>();
        Map<UUID, List<Deduction>> deductions = new HashMap<>();
        jdbc.query("SELECT cadre_id, line_kind, who_or_note, points FROM assessment_entry_line WHERE entry_year = ? "
                + where + " ORDER BY cadre_id, line_kind, position", rs -> {
                    UUID cadre = Jdbc.uuid(rs, "cadre_id");
                    if (ASSESSOR.equals(rs.getString("line_kind"))) {
                        assessors.computeIfAbsent(cadre, k -> new ArrayList<>())
                                .add(new AssessorScore(rs.getString("who_or_note"), rs.getBigDecimal("points")));
                    } else {
                        deductions.computeIfAbsent(cadre, k -> new ArrayList<>())
                                .add(new Deduction(rs.getBigDecimal("points"), rs.getString("who_or_note")));
                    }
                    return null;
                }, params);
        Map<UUID, AssessmentEntry> entries = new HashMap<>();
        selfScores.forEach((cadre, self) -> entries.put(cadre, new AssessmentEntry(year, cadre, self,
                assessors.getOrDefault(cadre, List.of()), deductions.getOrDefault(cadre, List.of()),
                versions.get(cadre))));
        return entries;
    }

    /**
     * Replaces what is stored for the cadre's year with {@code entry}, if what is stored is still the
     * version the entry was based on (none, for version 0).
     *
     * @throws VersionConflictException naming who saved the stored entry and when, when it is newer
     */
    public void saveEntry(AssessmentEntry entry, Stamping stamp) {
        if (entry.version() == 0) {
            if (jdbc.count("SELECT COUNT(*) FROM assessment_entry WHERE entry_year = ? AND cadre_id = ?", entry.year(),
                    entry.cadreId()) > 0) {
                throw entryConflict(entry);
            }
            try {
                jdbc.update("INSERT INTO assessment_entry (entry_year, cadre_id, self_score, created_at, updated_at,"
                        + " updated_by, origin_unit, version) VALUES (?,?,?,?,?,?,?,1)", entry.year(), entry.cadreId(),
                        entry.selfScore(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
            } catch (DuplicateKeyException e) {
                // another user's first entry committed between the check and this insert; on PostgreSQL the
                // failed statement ends the transaction, so who it was cannot be read here
                throw new VersionConflictException("assessment_entry", entry.cadreId() + " " + entry.year());
            }
        } else if (jdbc.update("UPDATE assessment_entry SET self_score = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE entry_year = ? AND cadre_id = ? AND version = ?", entry.selfScore(),
                stamp.now(), stamp.user(), entry.year(), entry.cadreId(), entry.version()) == 0) {
            throw entryConflict(entry);
        }
        jdbc.update("DELETE FROM assessment_entry_line WHERE entry_year = ? AND cadre_id = ?", entry.year(),
                entry.cadreId());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entry.assessorScores().size(); i++) {
            AssessorScore a = entry.assessorScores().get(i);
            rows.add(new Object[] {entry.year(), entry.cadreId(), ASSESSOR, i, a.assessor(), a.score()});
        }
        for (int i = 0; i < entry.deductions().size(); i++) {
            Deduction d = entry.deductions().get(i);
            rows.add(new Object[] {entry.year(), entry.cadreId(), DEDUCTION, i, d.note(), d.points()});
        }
        jdbc.batch("INSERT INTO assessment_entry_line (entry_year, cadre_id, line_kind, position, who_or_note, points)"
                + " VALUES (?,?,?,?,?,?)", rows);
    }

    private VersionConflictException schemeConflict(int year) {
        return jdbc.conflict("assessment_scheme", year, "scheme_year = ?", year);
    }

    /** The conflict of a save based on an outdated entry, naming who saved the stored one and when. */
    private VersionConflictException entryConflict(AssessmentEntry entry) {
        return jdbc.conflict("assessment_entry", entry.cadreId() + " " + entry.year(),
                "entry_year = ? AND cadre_id = ?", entry.year(), entry.cadreId());
    }

    // --- the computed snapshot ---

    /** The live cadres in service (在职) the year assesses, in unit and name order. */
    public List<AssessmentResult.Subject> subjects() {
        return jdbc.query("SELECT c.id, c.unit_id, u.name AS unit_name, c.name, c.name_initials, c.id_number, c.position"
                + " FROM cadre c JOIN org_unit u ON u.id = c.unit_id WHERE c.deleted_at IS NULL AND c.status = 'ACTIVE'"
                + " ORDER BY u.sort_order, u.code, c.name_initials, c.name", rs -> new AssessmentResult.Subject(
                        Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"), rs.getString("name"),
                        rs.getString("name_initials"), IdNumber.mask(rs.getString("id_number")),
                        rs.getString("position")));
    }

    /** Replaces the year's snapshot: the run, its indicators and every result. */
    public void replaceRun(AssessmentRun run, List<AssessmentResult> results) {
        jdbc.update("DELETE FROM assessment_result WHERE result_year = ?", run.year());
        jdbc.update("DELETE FROM assessment_run_indicator WHERE run_year = ?", run.year());
        jdbc.update("DELETE FROM assessment_run WHERE run_year = ?", run.year());
        jdbc.update("INSERT INTO assessment_run (run_year, computed_at, computed_by, excellent_min, competent_min,"
                + " basic_min, cadre_count) VALUES (?,?,?,?,?,?,?)", run.year(), run.computedAt(), run.computedBy(),
                run.bands().excellent(), run.bands().competent(), run.bands().basic(), results.size());
        List<Object[]> indicators = new ArrayList<>();
        for (int i = 0; i < run.indicators().size(); i++) {
            AssessmentRun.Item r = run.indicators().get(i);
            indicators.add(new Object[] {run.year(), i, r.depth(), r.name(), r.maxScore(), r.rule(), r.parameter(),
                r.input()});
        }
        jdbc.batch("INSERT INTO assessment_run_indicator (run_year, position, depth, name, max_score, rule, parameter,"
                + " input) VALUES (?,?,?,?,?,?,?,?)", indicators);
        List<Object[]> rows = new ArrayList<>(results.size());
        for (AssessmentResult r : results) {
            rows.add(resultRow(r));
        }
        jdbc.batch("INSERT INTO assessment_result (" + RESULT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows);
    }

    /** Writes the entered scores' effect on a stored result (totals and grade). */
    public void updateResultTotals(AssessmentResult r) {
        jdbc.update("UPDATE assessment_result SET self_score = ?, assessor_avg = ?, deduction_total = ?, total = ?,"
                + " grade = ? WHERE result_year = ? AND cadre_id = ?", r.selfScore(), r.assessorAverage(),
                r.deductionTotal(), r.total(), r.grade(), r.year(), r.cadreId());
    }

    private static Object[] resultRow(AssessmentResult r) {
        return new Object[] {r.year(), r.cadreId(), r.unitId(), r.unitName(), r.cadreName(), r.sortKey(), r.maskedId(),
            r.position(), encode(r.values()), encode(r.scores()), r.computedTotal(), r.selfScore(),
            r.assessorAverage(), r.deductionTotal(), r.total(), r.grade(), r.sanctions()};
    }

    public Optional<AssessmentRun> findRun(int year) {
        List<AssessmentRun.Item> indicators = jdbc.query("SELECT depth, name, max_score, rule, parameter, input"
                + " FROM assessment_run_indicator WHERE run_year = ? ORDER BY position", rs -> new AssessmentRun.Item(
                        rs.getInt("depth"), rs.getString("name"), rs.getBigDecimal("max_score"),
                        Jdbc.enumValue(rs, "rule", ScoringRule.class), rs.getBigDecimal("parameter"),
                        Jdbc.enumValue(rs, "input", AssessmentInput.class)), year);
        return jdbc.queryOne("SELECT computed_at, computed_by, excellent_min, competent_min, basic_min, cadre_count"
                + " FROM assessment_run WHERE run_year = ?", rs -> new AssessmentRun(year, Jdbc.instant(rs, "computed_at"),
                        rs.getString("computed_by"), new GradeBands(rs.getBigDecimal("excellent_min"),
                                rs.getBigDecimal("competent_min"), rs.getBigDecimal("basic_min")),
                        rs.getInt("cadre_count"), indicators), year);
    }

    /** The year's results in unit and name order. */
    public List<AssessmentResult> findResults(int year) {
        return jdbc.query("SELECT r." + RESULT_COLUMNS.replace(", ", ", r.") + " FROM assessment_result r"
                + " LEFT JOIN org_unit u ON u.id = r.unit_id WHERE r.result_year = ?"
                + " ORDER BY u.sort_order, u.code, r.sort_key, r.cadre_name", AssessmentRepository::mapResult, year);
    }

    /**
     * The year's results of the cadres in {@code cadreIds}, in the order of {@link #findResults(int)}:
     * one look-up by key each (H2 checks an IN list row by row, which for a thousand cadres of a
     * province's results took a minute), then ordered by unit as the year's list is.
     */
    public List<AssessmentResult> findResultsOfCadres(int year, Collection<UUID> cadreIds) {
        Map<UUID, Integer> unitRank = new HashMap<>();
        jdbc.query("SELECT id FROM org_unit ORDER BY sort_order, code", rs -> {
            unitRank.put(Jdbc.uuid(rs, "id"), unitRank.size());
            return null;
        });
        List<AssessmentResult> found = new ArrayList<>(cadreIds.size());
        for (UUID cadreId : cadreIds) {
            findResult(year, cadreId).ifPresent(found::add);
        }
        found.sort(Comparator.comparing((AssessmentResult r) -> unitRank.getOrDefault(r.unitId(), Integer.MAX_VALUE))
                .thenComparing(AssessmentResult::sortKey).thenComparing(AssessmentResult::cadreName));
        return found;
    }

    /**
     * The year's results of the cadres counted in the units {@code unitIds}, in the order of
     * {@link #findResults(int)}. Reads only those rows: a batch of one unit out of a province's tens of thousands of results
     * (each decoded, each page decrypted) would otherwise read them all. A unit list is short, so H2's
     * row-by-row check of the IN list costs little here.
     */
    public List<AssessmentResult> findResultsInUnits(int year, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT r." + RESULT_COLUMNS.replace(", ", ", r.") + " FROM assessment_result r"
                + " LEFT JOIN org_unit u ON u.id = r.unit_id WHERE r.result_year = ? AND "
                + jdbc.dialect().inArray("r.unit_id", "UUID") + " ORDER BY u.sort_order, u.code, r.sort_key, r.cadre_name",
                AssessmentRepository::mapResult, year, unitIds.toArray(new UUID[0]));
    }

    public Optional<AssessmentResult> findResult(int year, UUID cadreId) {
        return jdbc.queryOne("SELECT " + RESULT_COLUMNS + " FROM assessment_result WHERE result_year = ? AND cadre_id = ?",
                AssessmentRepository::mapResult, year, cadreId);
    }

    /** A cadre's results of every year computed, oldest first (the cadre file's section). */
    public List<AssessmentResult> findResultsOf(UUID cadreId) {
        return jdbc.query("SELECT " + RESULT_COLUMNS + " FROM assessment_result WHERE cadre_id = ? ORDER BY result_year",
                AssessmentRepository::mapResult, cadreId);
    }

    /** How many results of the year have each grade, for the units in {@code unitIds} (null: all). */
    public Map<Grade, Integer> gradeCounts(int year, Collection<UUID> unitIds) {
        Map<Grade, Integer> counts = new LinkedHashMap<>();
        // Over the covering index (V21): the results' rows are wide (every leaf's value and score).
        String sql = "SELECT grade, COUNT(*) FROM "
                + jdbc.dialect().tableUsingIndex("assessment_result", "ix_assessment_result_grade") + " WHERE result_year = ?"
                + (unitIds == null ? "" : " AND " + jdbc.dialect().inArray("unit_id", "UUID")) + " GROUP BY grade";
        Object[] params = unitIds == null ? new Object[] {year} : new Object[] {year, unitIds.toArray(new UUID[0])};
        jdbc.query(sql, rs -> {
            counts.put(Grade.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
        }, params);
        return counts;
    }

    private static AssessmentResult mapResult(ResultSet rs) throws SQLException {
        return new AssessmentResult(rs.getInt("result_year"), Jdbc.uuid(rs, "cadre_id"), Jdbc.uuid(rs, "unit_id"),
                rs.getString("unit_name"), rs.getString("cadre_name"), rs.getString("sort_key"),
                rs.getString("masked_id"), rs.getString("position_title"), decode(rs.getString("leaf_values")),
                decode(rs.getString("leaf_scores")), rs.getBigDecimal("computed_total"), rs.getBigDecimal("self_score"),
                rs.getBigDecimal("assessor_avg"), rs.getBigDecimal("deduction_total"), rs.getBigDecimal("total"),
                Jdbc.enumValue(rs, "grade", Grade.class), rs.getInt("sanctions"));
    }

    /** "0.95;-;10" : a value per leaf, "-" for a missing one. */
    static String encode(List<BigDecimal> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(values.get(i) == null ? "-" : values.get(i).stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    static List<BigDecimal> decode(String text) {
        List<BigDecimal> values = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String part : text.split(";", -1)) {
            values.add(part.equals("-") ? null : new BigDecimal(part));
        }
        return values;
    }
}
