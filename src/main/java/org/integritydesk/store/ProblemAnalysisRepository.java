package org.integritydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RectificationStatus;

/**
 * The counts behind the 问题整改分析 and the home tab's problem chart: the live ledger items found in
 * a period, grouped in the database by unit, source, area, severity, status and where each stands
 * against its deadline, so a year of items arrives as a few hundred rows at most.
 */
public final class ProblemAnalysisRepository {
    private final Jdbc jdbc;

    public ProblemAnalysisRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /**
     * One group of items that share everything the analysis counts by.
     *
     * @param deadlinePassed      the deadline lies before {@code today}
     * @param rectifiedByDeadline rectified on or before the deadline
     */
    public record Cell(UUID unitId, String unitCode, String unitName, ProblemSource source, ProblemCategory category,
            ProblemSeverity severity, RectificationStatus status, boolean hasDeadline, boolean deadlinePassed,
            boolean rectifiedByDeadline, long items) {
    }

    /**
     * The groups of live items found from {@code from} to {@code to} (both included).
     *
     * @param unitIds items of these units only (the unit where the problem was found); null for all
     * @param hiddenCadres leave out items attributed to these cadres (recusal)
     */
    public List<Cell> cells(LocalDate from, LocalDate to, LocalDate today, Collection<UUID> unitIds,
            Collection<UUID> hiddenCadres) {
        // Grouped first and the units' names joined to the groups: joining them to each of the
        // year's 100,000 items (province scale) took a third of the query's time on H2.
        StringBuilder sql = new StringBuilder("SELECT g.unit_id, u.code AS unit_code, u.name AS unit_name, g.source,"
                + " g.category, g.severity, g.status, g.has_deadline, g.deadline_passed, g.by_deadline, g.items FROM"
                + " (SELECT r.unit_id, r.source, r.category, r.severity, r.status,"
                + " CASE WHEN r.deadline IS NULL THEN FALSE ELSE TRUE END AS has_deadline,"
                + " CASE WHEN r.deadline < ? THEN TRUE ELSE FALSE END AS deadline_passed,"
                + " CASE WHEN r.rectified_on IS NOT NULL AND r.rectified_on <= r.deadline THEN TRUE ELSE FALSE END"
                + " AS by_deadline, COUNT(*) AS items"
                + " FROM " + jdbc.dialect().tableUsingIndex("rectification r", "ix_rectification_analysis")
                + " WHERE r.deleted_at IS NULL AND r.found_on BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(today, from, to));
        if (unitIds != null) {
            sql.append(" AND " + jdbc.dialect().inArray("r.unit_id", "UUID"));
            params.add(unitIds.toArray(new UUID[0]));
        }
        if (hiddenCadres != null && !hiddenCadres.isEmpty()) {
            sql.append(" AND (r.cadre_id IS NULL OR " + jdbc.dialect().notInArray("r.cadre_id", "UUID") + ")");
            params.add(hiddenCadres.toArray(new UUID[0]));
        }
        sql.append(" GROUP BY r.unit_id, r.source, r.category, r.severity, r.status, has_deadline, deadline_passed,"
                + " by_deadline) g JOIN org_unit u ON u.id = g.unit_id");
        return jdbc.query(sql.toString(), rs -> new Cell(Jdbc.uuid(rs, "unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), Jdbc.enumValue(rs, "source", ProblemSource.class),
                Jdbc.enumValue(rs, "category", ProblemCategory.class),
                Jdbc.enumValue(rs, "severity", ProblemSeverity.class),
                Jdbc.enumValue(rs, "status", RectificationStatus.class), rs.getBoolean("has_deadline"),
                rs.getBoolean("deadline_passed"), rs.getBoolean("by_deadline"), rs.getLong("items")),
                params.toArray());
    }
}
