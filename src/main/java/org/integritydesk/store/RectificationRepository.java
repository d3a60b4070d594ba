package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private static final String SELECT = "SELECT r.id, r.number, r.source, r.unit_id, u.name AS unit_name, r.cadre_id,"
            + " c.name AS cadre_name, r.category, r.severity, r.response, r.description, r.found_on, r.measures,"
            + " r.responsible_unit_id, ru.name AS responsible_unit_name, r.responsible_person, r.deadline, r.status,"
            + " r.rectified_by, r.rectified_on, r.verified_by, r.verified_on, r.verification_note, r.return_visit_date,"
            + " r.return_visit_done_on, r.visit_id, r.created_at, r.updated_at, r.updated_by, r.origin_unit, r.version"
            + " FROM rectification r JOIN org_unit u ON u.id = r.unit_id"
            + " JOIN org_unit ru ON ru.id = r.responsible_unit_id LEFT JOIN cadre c ON c.id = r.cadre_id";
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
