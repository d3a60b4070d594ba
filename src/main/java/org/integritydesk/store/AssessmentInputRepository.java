package org.integritydesk.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment's inputs read from the other features' tables: one grouped query per input (or
 * pair of inputs) over a whole year, never one per cadre, so that a year of 50,000 cadres is read in
 * a few queries; and, for one cadre, the records behind each value.
 */
public final class AssessmentInputRepository {
    private final Jdbc jdbc;

    public AssessmentInputRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Attendance counted over a year: attended, attendance taken, hours attended. */
    public record Attendance(int present, int taken, BigDecimal hours) {
        /** Attended ÷ taken (leave counts as not attended), null when no attendance was taken. */
        public BigDecimal rate() {
            return taken == 0 ? null : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(taken), 4, RoundingMode.HALF_UP);
        }
    }

    /**
     * Every cadre on a live attendance list of the year. Read from the covering index alone (V15): the
     * rows themselves are never fetched.
     */
    public Map<UUID, Attendance> attendance(int year) {
        Map<UUID, Attendance> map = new HashMap<>();
        jdbc.query("SELECT cadre_id, SUM(CASE WHEN status = 'PRESENT' THEN 1 ELSE 0 END) AS present,"
                + " COUNT(status) AS taken, SUM(CASE WHEN status = 'PRESENT' THEN hours ELSE 0 END) AS hours"
                + " FROM " + jdbc.dialect().tableUsingIndex("activity_attendee", "ix_activity_attendee_day_covering")
                + " WHERE live AND activity_day >= ? AND activity_day < ? GROUP BY cadre_id",
                rs -> map.put(Jdbc.uuid(rs, "cadre_id"), new Attendance(rs.getInt("present"), rs.getInt("taken"),
                        rs.getBigDecimal("hours"))), start(year), start(year + 1));
        return map;
    }

    /**
     * Every active cadre: 1 when the year's commitment is signed, else 0. The signed ones are read from
     * a covering index (V15) and matched here, not looked up cadre by cadre.
     */
    public Map<UUID, BigDecimal> commitmentSigned(int year) {
        java.util.Set<UUID> signed = ids("SELECT cadre_id FROM "
                + jdbc.dialect().tableUsingIndex("integrity_commitment", "ix_integrity_commitment_year_covering")
                + " WHERE commitment_year = ?"
                + " AND signed_on IS NOT NULL AND deleted_at IS NULL", year);
        return flags("SELECT id FROM cadre WHERE deleted_at IS NULL AND status = 'ACTIVE'", signed);
    }

    /**
     * Active cadres in an important position: 1 when a pre-appointment talk is on record by the
     * year's end, else 0. Other cadres need none and are left out.
     */
    public Map<UUID, BigDecimal> preAppointmentTalk(int year) {
        java.util.Set<UUID> talked = ids("SELECT cadre_id FROM "
                + jdbc.dialect().tableUsingIndex("integrity_talk", "ix_integrity_talk_kind_covering")
                + " WHERE kind = 'PRE_APPOINTMENT' AND talk_date < ? AND deleted_at IS NULL", start(year + 1));
        return flags("SELECT id FROM cadre WHERE deleted_at IS NULL AND status = 'ACTIVE' AND important_position",
                talked);
    }

    /** Cadres with admonishment talks (诫勉谈话) in the year: how many. */
    public Map<UUID, BigDecimal> admonishmentTalks(int year) {
        return values("SELECT cadre_id, COUNT(*) FROM "
                + jdbc.dialect().tableUsingIndex("integrity_talk", "ix_integrity_talk_kind_covering")
                + " WHERE kind = 'ADMONISHMENT' AND deleted_at IS NULL"
                + " AND talk_date >= ? AND talk_date < ? GROUP BY cadre_id", start(year), start(year + 1));
    }

    private java.util.Set<UUID> ids(String sql, Object... params) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        jdbc.query(sql, rs -> ids.add(rs.getObject(1, UUID.class)), params);
        return ids;
    }

    /** Each cadre the query lists: 1 when in {@code present}, else 0. */
    private Map<UUID, BigDecimal> flags(String sql, java.util.Set<UUID> present) {
        Map<UUID, BigDecimal> map = new HashMap<>();
        jdbc.query(sql, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            return map.put(id, present.contains(id) ? BigDecimal.ONE : BigDecimal.ZERO);
        });
        return map;
    }

    /** Cadres with problems found on live supervision visits of the year: how many. */
    public Map<UUID, BigDecimal> findingsAttributed(int year) {
        return values("SELECT f.cadre_id, COUNT(*) FROM visit_finding f JOIN supervision_visit v ON v.id = f.visit_id"
                + " WHERE f.problem AND f.cadre_id IS NOT NULL AND f.deleted_at IS NULL AND v.deleted_at IS NULL"
                + " AND v.visit_date >= ? AND v.visit_date < ? GROUP BY f.cadre_id", start(year), start(year + 1));
    }

    /** Cadres with ledger items due in the year: rectified by the deadline ÷ due. */
    public Map<UUID, BigDecimal> rectifiedOnTimeRate(int year) {
        return values("SELECT cadre_id, CAST(SUM(CASE WHEN rectified_on IS NOT NULL AND rectified_on <= deadline"
                + " AND status IN ('RECTIFIED', 'VERIFIED') THEN 1 ELSE 0 END) AS DECIMAL(12,4)) / COUNT(*)"
                + " FROM " + jdbc.dialect().tableUsingIndex("rectification", "ix_rectification_deadline_covering")
                + " WHERE cadre_id IS NOT NULL AND deleted_at IS NULL AND deadline >= ?"
                + " AND deadline < ? GROUP BY cadre_id", start(year), start(year + 1));
    }

    /** Cadres with sanctions dated in the year: how many. */
    public Map<UUID, BigDecimal> sanctions(int year) {
        return values("SELECT cadre_id, COUNT(*) FROM sanction WHERE deleted_at IS NULL AND sanction_date >= ?"
                + " AND sanction_date < ? GROUP BY cadre_id", start(year), start(year + 1));
    }

    // --- one cadre's records ---

    /** One line of a cadre's records: the day and the parts the service words. */
    public record Line(LocalDate date, String title, String kind, String status, BigDecimal number) {
    }

    public List<Line> attendanceOf(int year, UUID cadreId) {
        return jdbc.query("SELECT a.activity_day, e.title, e.kind, a.status, a.hours FROM activity_attendee a"
                + " JOIN education_activity e ON e.id = a.activity_id WHERE a.cadre_id = ? AND a.live"
                + " AND a.activity_day >= ? AND a.activity_day < ? ORDER BY a.activity_day, e.title",
                rs -> new Line(Jdbc.date(rs, "activity_day"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("status"), rs.getBigDecimal("hours")), cadreId, start(year), start(year + 1));
    }

    public List<Line> commitmentOf(int year, UUID cadreId) {
        return jdbc.query("SELECT signed_on, commitment_year FROM integrity_commitment WHERE cadre_id = ?"
                + " AND commitment_year = ? AND deleted_at IS NULL", rs -> new Line(Jdbc.date(rs, "signed_on"), null,
                        null, null, BigDecimal.valueOf(rs.getInt("commitment_year"))), cadreId, year);
    }

    /** The cadre's live talks of {@code kind} dated before {@code before}, oldest first. */
    public List<Line> talksOf(UUID cadreId, String kind, LocalDate from, LocalDate before) {
        return jdbc.query("SELECT talk_date, talker_name, kind FROM integrity_talk WHERE cadre_id = ? AND kind = ?"
                + " AND deleted_at IS NULL AND talk_date >= ? AND talk_date < ? ORDER BY talk_date", rs -> new Line(
                        Jdbc.date(rs, "talk_date"), rs.getString("talker_name"), rs.getString("kind"), null, null),
                cadreId, kind, from, before);
    }

    public List<Line> findingsOf(int year, UUID cadreId) {
        return jdbc.query("SELECT v.visit_date, v.number, f.area, f.description FROM visit_finding f"
                + " JOIN supervision_visit v ON v.id = f.visit_id WHERE f.cadre_id = ? AND f.problem"
                + " AND f.deleted_at IS NULL AND v.deleted_at IS NULL AND v.visit_date >= ? AND v.visit_date < ?"
                + " ORDER BY v.visit_date", rs -> new Line(Jdbc.date(rs, "visit_date"), rs.getString("description"),
                        rs.getString("area"), rs.getString("number"), null), cadreId, start(year), start(year + 1));
    }

    /** Ledger items due in the year; {@code number} 1 when rectified on time, 0 otherwise. */
    public List<Line> rectificationsOf(int year, UUID cadreId) {
        return jdbc.query("SELECT deadline, number, status, CASE WHEN rectified_on IS NOT NULL AND rectified_on <= deadline"
                + " AND status IN ('RECTIFIED', 'VERIFIED') THEN 1 ELSE 0 END AS on_time FROM rectification"
                + " WHERE cadre_id = ? AND deleted_at IS NULL AND deadline >= ? AND deadline < ? ORDER BY deadline",
                rs -> new Line(Jdbc.date(rs, "deadline"), rs.getString("number"), null, rs.getString("status"),
                        BigDecimal.valueOf(rs.getInt("on_time"))), cadreId, start(year), start(year + 1));
    }

    /** The cadre's sanctions dated in the year: kind in {@code kind}, document number in {@code title}. */
    public List<Line> sanctionsOf(int year, UUID cadreId) {
        return jdbc.query("SELECT sanction_date, document_number, kind FROM sanction WHERE cadre_id = ?"
                + " AND deleted_at IS NULL AND sanction_date >= ? AND sanction_date < ? ORDER BY sanction_date",
                rs -> new Line(Jdbc.date(rs, "sanction_date"), rs.getString("document_number"), rs.getString("kind"),
                        null, null), cadreId, start(year), start(year + 1));
    }

    private Map<UUID, BigDecimal> values(String sql, Object... params) {
        Map<UUID, BigDecimal> map = new HashMap<>();
        jdbc.query(sql, rs -> map.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)), params);
        return map;
    }

    private static LocalDate start(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
