package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;

/** The items of the 问题整改台账 and their dated history. */
public final class RectificationRepository {
    /** The items with their units' and cadre's names, which the search text also looks at. */
    private static final String NAMED_FROM = " FROM rectification r JOIN org_unit u ON u.id = r.unit_id"
            + " JOIN org_unit ru ON ru.id = r.responsible_unit_id LEFT JOIN cadre c ON c.id = r.cadre_id";
    private static final String SELECT = "SELECT r.id, r.number, r.source, r.unit_id, u.name AS unit_name, r.cadre_id,"
            + " c.name AS cadre_name, r.category, r.severity, r.response, r.description, r.found_on, r.measures,"
            + " r.responsible_unit_id, ru.name AS responsible_unit_name, r.responsible_person, r.deadline, r.status,"
            + " r.rectified_by, r.rectified_on, r.verified_by, r.verified_on, r.verification_note, r.return_visit_date,"
            + " r.return_visit_done_on, r.visit_id, r.created_at, r.updated_at, r.updated_by, r.origin_unit, r.version"
            + NAMED_FROM;
    private static final String INSERT = "INSERT INTO rectification (id, number, source, unit_id, cadre_id, category,"
            + " severity, response, description, found_on, measures, responsible_unit_id, responsible_person, deadline,"
            + " status, rectified_by, rectified_on, verified_by, verified_on, verification_note, return_visit_date,"
            + " return_visit_done_on, visit_id, created_at, updated_at, updated_by, origin_unit, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)";
    private static final String INSERT_EVENT = "INSERT INTO rectification_event (id, rectification_id, occurred_at,"
            + " actor, what, step, from_status, to_status, note, origin_unit) VALUES (?,?,?,?,?,?,?,?,?,?)";

    private final Jdbc jdbc;

    public RectificationRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Every live item, newest finding first. */
    public List<Rectification> listLive() {
        return jdbc.query(SELECT + " WHERE r.deleted_at IS NULL ORDER BY r.found_on DESC, r.number DESC",
                RectificationRepository::map);
    }

    /**
     * What the ledger tab asks of one year at a time, all in SQL: the live items the user may see
     * ({@code visibleUnits} null = every unit; {@code recused} cadres left out) that {@code filter}
     * lets through, as {@link LedgerFilter#predicate} would, in ledger order (newest finding first).
     */
    public record LedgerQuery(LedgerFilter filter, LocalDate today, Set<UUID> visibleUnits, Set<UUID> recused) {
    }

    /**
     * What the ledger tab keeps of each live item found in {@code year} that the user may see, in
     * ledger order. Read through the covering index {@code ix_rectification_ledger} (V17) without
     * touching the table's rows; the severity, which that index lacks, through
     * {@code ix_rectification_analysis} (V19), matched on the row key both indexes hold
     * ({@link Dialect#rowKey}). The names of the units and cadres are read once each, and equal
     * texts, dates and keys are shared, so a year of 100,000 items takes a few megabytes.
     */
    public List<LedgerKey> ledgerKeys(int year, Set<UUID> visibleUnits, Set<UUID> recused) {
        LedgerSql where = new LedgerSql(new LedgerQuery(LedgerFilter.ALL.inYear(year), LocalDate.of(year, 1, 1),
                visibleUnits, recused), false);
        String rowKey = jdbc.dialect().rowKey("r");
        Map<Object, Object> shared = new HashMap<>();
        List<Object[]> raw = jdbc.query("SELECT r.id, r.number, r.found_on, r.source, r.status, r.deadline,"
                + " r.return_visit_date, r.return_visit_done_on, r.unit_id, r.responsible_unit_id, r.cadre_id,"
                + " r.description, r.measures, r.responsible_person, " + rowKey + " AS row_key FROM rectification r"
                + where.sql + " ORDER BY r.found_on DESC, r.number DESC", rs -> new Object[] {Jdbc.uuid(rs, "id"),
                    rs.getString("number"), share(shared, Jdbc.date(rs, "found_on")),
                    Jdbc.enumValue(rs, "source", ProblemSource.class), Jdbc.enumValue(rs, "status", RectificationStatus.class),
                    share(shared, Jdbc.date(rs, "deadline")), share(shared, Jdbc.date(rs, "return_visit_date")),
                    share(shared, Jdbc.date(rs, "return_visit_done_on")), share(shared, Jdbc.uuid(rs, "unit_id")),
                    share(shared, Jdbc.uuid(rs, "responsible_unit_id")), share(shared, Jdbc.uuid(rs, "cadre_id")),
                    share(shared, rs.getString("description")), share(shared, rs.getString("measures")),
                    share(shared, rs.getString("responsible_person")), rs.getObject("row_key")},
                where.params.toArray());
        // An item changed between the two reads (each sees what was committed when it began) may
        // lack its severity here: its row shows none until the next reload reads the keys again.
        Map<Object, ProblemSeverity> severities = new HashMap<>();
        jdbc.query("SELECT " + rowKey + " AS row_key, r.severity FROM "
                + jdbc.dialect().tableUsingIndex("rectification r", "ix_rectification_analysis") + where.sql,
                rs -> severities.put(rs.getObject("row_key"), Jdbc.enumValue(rs, "severity", ProblemSeverity.class)),
                where.params.toArray());
        Map<UUID, String> unitNames = new HashMap<>();
        jdbc.query("SELECT id, name FROM org_unit", rs -> unitNames.put(Jdbc.uuid(rs, "id"), rs.getString("name")));
        Set<UUID> cadreIds = new HashSet<>();
        raw.forEach(row -> {
            if (row[10] != null) {
                cadreIds.add((UUID) row[10]);
            }
        });
        Map<UUID, String> cadreNames = new HashMap<>();
        if (!cadreIds.isEmpty()) {
            jdbc.query("SELECT id, name FROM cadre WHERE id = ANY(?)",
                    rs -> cadreNames.put(Jdbc.uuid(rs, "id"), rs.getString("name")), (Object) cadreIds.toArray(new UUID[0]));
        }
        List<LedgerKey> keys = new ArrayList<>(raw.size());
        for (Object[] row : raw) {
            keys.add(new LedgerKey((UUID) row[0], (String) row[1], (LocalDate) row[2], (ProblemSource) row[3],
                    severities.get(row[14]), (RectificationStatus) row[4], (LocalDate) row[5], (LocalDate) row[6],
                    (LocalDate) row[7], (UUID) row[8], unitNames.get(row[8]), (UUID) row[9], unitNames.get(row[9]),
                    row[10] == null ? null : cadreNames.get(row[10]), (String) row[11], (String) row[12],
                    (String) row[13]));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /**
     * The live items with these keys, in the order of the keys (those deleted meanwhile left out).
     * {@code = ANY(?)} looks each key up in the primary key; {@code IN (SELECT * FROM TABLE(x UUID = ?))}
     * with a parameter was not planned as lookups and read the whole table per page.
     */
    public List<Rectification> findByIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Rectification> found = new HashMap<>();
        jdbc.query(SELECT + " WHERE r.id = ANY(?) AND r.deleted_at IS NULL",
                RectificationRepository::map, (Object) ids.toArray(new UUID[0])).forEach(r -> found.put(r.id(), r));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One page of {@link #ledger}: {@code limit} rows from {@code offset}. The keys of the page are
     * sorted on the narrow ledger index first and only the page's rows read whole: sorting a year's
     * wide rows made H2 spill them to a temporary file (encrypted on the way out and in) and took
     * 14 s for the 50,000-cadre folder.
     */
    public List<Rectification> ledgerPage(LedgerQuery query, int offset, int limit) {
        LedgerSql where = new LedgerSql(query, true);
        where.params.add(limit);
        where.params.add(offset);
        String from = hasText(query) ? NAMED_FROM
                : " FROM " + jdbc.dialect().tableUsingIndex("rectification r", "ix_rectification_ledger");
        List<UUID> ids = jdbc.query("SELECT r.id" + from + where.sql + " ORDER BY r.found_on DESC, r.number DESC"
                + " LIMIT ? OFFSET ?", rs -> Jdbc.uuid(rs, "id"), where.params.toArray());
        return findByIds(ids);
    }

    /** How many rows the filter lets through; how many the year (scope only) holds; how many of those are overdue. */
    public record LedgerCounts(int matching, int inYear, int overdue) {
    }

    /**
     * The counts of {@link #ledgerPage}'s query in one pass over the narrow index
     * {@code ix_rectification_counts} (V17), which holds every column the filters other than the
     * search text look at. With a search text the names are joined in and the rows read.
     */
    public LedgerCounts ledgerCounts(LedgerQuery query) {
        LedgerSql matching = new LedgerSql(query, true);
        LedgerSql scope = new LedgerSql(new LedgerQuery(LedgerFilter.ALL.inYear(query.filter().year()), query.today(),
                query.visibleUnits(), query.recused()), false);
        boolean text = hasText(query);
        List<Object> params = new ArrayList<>(matching.conditionParams);
        params.add(query.today());
        params.addAll(scope.params);
        String sql = "SELECT COUNT(CASE WHEN " + matching.condition + " THEN 1 END), COUNT(*),"
                + " COUNT(CASE WHEN r.status IN ('OPEN','RECTIFYING','REOPENED') AND r.deadline < ? THEN 1 END)"
                + (text ? NAMED_FROM
                        : " FROM " + jdbc.dialect().tableUsingIndex("rectification r", "ix_rectification_counts"))
                + scope.sql;
        return jdbc.queryOne(sql, rs -> new LedgerCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)), params.toArray())
                .orElse(new LedgerCounts(0, 0, 0));
    }

    private static boolean hasText(LedgerQuery query) {
        return query.filter().text() != null && !query.filter().text().isBlank();
    }

    /** Every row of the ledger query, for printing. */
    public List<Rectification> ledger(LedgerQuery query) {
        LedgerSql where = new LedgerSql(query, true);
        return jdbc.query(SELECT + where.sql + " ORDER BY r.found_on DESC, r.number DESC",
                RectificationRepository::map, where.params.toArray());
    }

    /**
     * The first and last year any item was found in. Deleted items count too: a year holding only
     * deleted ones is offered empty, and without a condition the database reads both ends of the
     * ledger index instead of every row (half a second on 100,000 items). Empty when there is none.
     */
    public Optional<int[]> yearSpan() {
        return jdbc.query("SELECT MIN(found_on), MAX(found_on) FROM rectification",
                rs -> rs.getObject(1) == null ? null
                        : new int[] {rs.getObject(1, LocalDate.class).getYear(), rs.getObject(2, LocalDate.class).getYear()})
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Live items overdue on {@code today} or whose return visit has come: the home tab's to-dos. */
    public List<Rectification> needingAttention(LocalDate today) {
        return jdbc.query(SELECT + " WHERE r.deleted_at IS NULL AND ((r.status IN ('OPEN','RECTIFYING','REOPENED')"
                + " AND r.deadline < ?) OR (r.return_visit_date <= ? AND r.return_visit_done_on IS NULL))"
                + " ORDER BY r.found_on DESC, r.number DESC", RectificationRepository::map, today, today);
    }

    /** The WHERE clause of a ledger query and its parameters, mirroring {@link LedgerFilter#predicate}. */
    private static final class LedgerSql {
        private final List<Object> params = new ArrayList<>();
        private final List<Object> conditionParams = new ArrayList<>();
        private final String sql;
        private final String condition;

        LedgerSql(LedgerQuery query, boolean withFilter) {
            LedgerFilter f = query.filter();
            LocalDate today = query.today();
            StringBuilder where = new StringBuilder(" WHERE r.deleted_at IS NULL");
            if (f.year() != null) {
                where.append(" AND r.found_on >= ? AND r.found_on < ?");
                params.add(LocalDate.of(f.year(), 1, 1));
                params.add(LocalDate.of(f.year() + 1, 1, 1));
            }
            if (query.visibleUnits() != null) {
                where.append(" AND r.unit_id = ANY(?)");
                params.add(query.visibleUnits().toArray(new UUID[0]));
            }
            if (query.recused() != null && !query.recused().isEmpty()) {
                where.append(" AND (r.cadre_id IS NULL OR NOT r.cadre_id = ANY(?))");
                params.add(query.recused().toArray(new UUID[0]));
            }
            StringBuilder cond = new StringBuilder("TRUE");
            if (f.unitIds() != null) {
                UUID[] ids = f.unitIds().toArray(new UUID[0]);
                cond.append(" AND (r.unit_id = ANY(?) OR r.responsible_unit_id = ANY(?))");
                conditionParams.add(ids);
                conditionParams.add(ids);
            }
            if (f.source() != null) {
                cond.append(" AND r.source = ?");
                conditionParams.add(f.source().name());
            }
            if (f.status() != null) {
                cond.append(" AND r.status = ?");
                conditionParams.add(f.status().name());
            }
            if (f.due() != null) {
                String pending = "r.status IN ('OPEN','RECTIFYING','REOPENED')";
                LocalDate soon = today.plusDays(DueState.DUE_SOON_DAYS);
                switch (f.due()) {
                    case OVERDUE -> {
                        cond.append(" AND ").append(pending).append(" AND r.deadline < ?");
                        conditionParams.add(today);
                    }
                    case DUE_SOON -> {
                        cond.append(" AND ").append(pending).append(" AND r.deadline >= ? AND r.deadline <= ?");
                        conditionParams.add(today);
                        conditionParams.add(soon);
                    }
                    case PENDING -> {
                        cond.append(" AND ").append(pending).append(" AND r.deadline > ?");
                        conditionParams.add(soon);
                    }
                    case DONE -> cond.append(" AND NOT ").append(pending);
                }
            }
            if (f.returnVisitDue()) {
                cond.append(" AND r.return_visit_date <= ? AND r.return_visit_done_on IS NULL");
                conditionParams.add(today);
            }
            String text = f.text() == null || f.text().isBlank() ? null : f.text().strip().toLowerCase(Locale.ROOT);
            if (text != null) {
                String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                cond.append(" AND (");
                String[] fields = {"r.number", "r.description", "c.name", "u.name", "ru.name", "r.responsible_person",
                    "r.measures"};
                for (int i = 0; i < fields.length; i++) {
                    cond.append(i == 0 ? "" : " OR ").append("LOWER(").append(fields[i]).append(") LIKE ? ESCAPE '\\'");
                    conditionParams.add(like);
                }
                cond.append(')');
            }
            this.condition = cond.toString();
            if (withFilter) {
                where.append(" AND ").append(cond);
                params.addAll(conditionParams);
            }
            this.sql = where.toString();
        }
    }

    public Optional<Rectification> findById(UUID id) {
        return jdbc.queryOne(SELECT + " WHERE r.id = ? AND r.deleted_at IS NULL", RectificationRepository::map, id);
    }

    /** The live items attributed to a cadre, oldest first (the PROBLEMS section of the file). */
    public List<Rectification> findByCadre(UUID cadreId) {
        return jdbc.query(SELECT + " WHERE r.cadre_id = ? AND r.deleted_at IS NULL ORDER BY r.found_on, r.number",
                RectificationRepository::map, cadreId);
    }

    /** The live items a visit's findings became. */
    public List<Rectification> findByVisit(UUID visitId) {
        return jdbc.query(SELECT + " WHERE r.visit_id = ? AND r.deleted_at IS NULL ORDER BY r.number",
                RectificationRepository::map, visitId);
    }

    /** A cadre as demo data attributes a problem to: the key and the name. */
    public record CadreRef(UUID id, String name) {
    }

    /** Up to {@code limit} live cadres of a unit, in key order: demo data picks from them. */
    public List<CadreRef> sampleCadres(UUID unitId, int limit) {
        return jdbc.query("SELECT id, name FROM cadre WHERE unit_id = ? AND deleted_at IS NULL ORDER BY id LIMIT ?",
                rs -> new CadreRef(Jdbc.uuid(rs, "id"), rs.getString("name")), unitId, limit);
    }

    /** The highest sequence number used in {@code prefix} ("ZG-2025-"), or 0. */
    public int lastNumber(String prefix) {
        return jdbc.queryOne("SELECT MAX(CAST(SUBSTRING(number, ?) AS INT)) FROM rectification WHERE number LIKE ?",
                rs -> rs.getInt(1), prefix.length() + 1, prefix + "%").orElse(0);
    }

    public void insert(Rectification r, Stamping stamp) {
        insertAll(List.of(r), stamp);
    }

    public void insertAll(List<Rectification> items, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (Rectification r : items) {
            rows.add(new Object[] {r.id(), r.number(), r.source(), r.unitId(), r.cadreId(), r.category(), r.severity(),
                r.response(), r.description(), r.foundOn(), r.measures(), r.responsibleUnitId(), r.responsiblePerson(),
                r.deadline(), r.status(), r.rectifiedBy(), r.rectifiedOn(), r.verifiedBy(), r.verifiedOn(),
                r.verificationNote(), r.returnVisitDate(), r.returnVisitDoneOn(), r.visitId(), stamp.now(), stamp.now(),
                stamp.user(), stamp.originUnit()});
        }
        jdbc.batch(INSERT, rows);
    }

    /** Saves the editable fields if the row is still at {@code r.version()}. */
    public void update(Rectification r, Stamping stamp) {
        int rows = jdbc.update("UPDATE rectification SET source = ?, unit_id = ?, cadre_id = ?, category = ?, severity = ?,"
                + " response = ?, description = ?, found_on = ?, measures = ?, responsible_unit_id = ?,"
                + " responsible_person = ?, deadline = ?, return_visit_date = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                r.source(), r.unitId(), r.cadreId(), r.category(), r.severity(), r.response(), r.description(),
                r.foundOn(), r.measures(), r.responsibleUnitId(), r.responsiblePerson(), r.deadline(),
                r.returnVisitDate(), stamp.now(), stamp.user(), r.id(), r.version());
        if (rows == 0) {
            throw jdbc.conflict("rectification", r.id());
        }
    }

    /** Saves the status and who did what when, if the row is still at {@code r.version()}. */
    public void updateStatus(Rectification r, Stamping stamp) {
        int rows = jdbc.update("UPDATE rectification SET status = ?, rectified_by = ?, rectified_on = ?, verified_by = ?,"
                + " verified_on = ?, verification_note = ?, return_visit_done_on = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                r.status(), r.rectifiedBy(), r.rectifiedOn(), r.verifiedBy(), r.verifiedOn(), r.verificationNote(),
                r.returnVisitDoneOn(), stamp.now(), stamp.user(), r.id(), r.version());
        if (rows == 0) {
            throw jdbc.conflict("rectification", r.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE rectification SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("rectification", id);
        }
    }

    public void insertEvent(RectificationEvent e, String originUnit) {
        insertEvents(List.of(e), originUnit);
    }

    public void insertEvents(List<RectificationEvent> events, String originUnit) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (RectificationEvent e : events) {
            rows.add(new Object[] {e.id(), e.rectificationId(), e.at(), e.actor(), e.what(), e.step(), e.fromStatus(),
                e.toStatus(), e.note(), originUnit});
        }
        jdbc.batch(INSERT_EVENT, rows);
    }

    /** An item's history, oldest first. */
    public List<RectificationEvent> eventsOf(UUID rectificationId) {
        return jdbc.query("SELECT id, rectification_id, occurred_at, actor, what, step, from_status, to_status, note"
                + " FROM rectification_event WHERE rectification_id = ? ORDER BY occurred_at, what",
                rs -> new RectificationEvent(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "rectification_id"),
                        Jdbc.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("what"),
                        Jdbc.enumValue(rs, "step", RectificationStep.class),
                        Jdbc.enumValue(rs, "from_status", RectificationStatus.class),
                        Jdbc.enumValue(rs, "to_status", RectificationStatus.class), rs.getString("note")),
                rectificationId);
    }

    private static Rectification map(ResultSet rs) throws SQLException {
        return new Rectification(Jdbc.uuid(rs, "id"), rs.getString("number"),
                Jdbc.enumValue(rs, "source", ProblemSource.class), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                Jdbc.uuid(rs, "cadre_id"), rs.getString("cadre_name"),
                Jdbc.enumValue(rs, "category", ProblemCategory.class),
                Jdbc.enumValue(rs, "severity", ProblemSeverity.class),
                Jdbc.enumValue(rs, "response", ProblemResponse.class), rs.getString("description"),
                Jdbc.date(rs, "found_on"), rs.getString("measures"), Jdbc.uuid(rs, "responsible_unit_id"),
                rs.getString("responsible_unit_name"), rs.getString("responsible_person"), Jdbc.date(rs, "deadline"),
                Jdbc.enumValue(rs, "status", RectificationStatus.class), rs.getString("rectified_by"),
                Jdbc.date(rs, "rectified_on"), rs.getString("verified_by"), Jdbc.date(rs, "verified_on"),
                rs.getString("verification_note"), Jdbc.date(rs, "return_visit_date"),
                Jdbc.date(rs, "return_visit_done_on"), Jdbc.uuid(rs, "visit_id"), Stamping.read(rs));
    }
}
