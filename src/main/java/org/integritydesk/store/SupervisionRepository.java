package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitKind;

/** Supervision visits (监督检查) and their findings per area. */
public final class SupervisionRepository {
    private static final String SELECT = "SELECT v.id, v.number, v.visit_date, v.kind, v.unit_id, u.name AS unit_name,"
            + " v.monitoring_group, v.members, v.responsible_person, v.notes, v.created_at, v.updated_at, v.updated_by,"
            + " v.origin_unit, v.version FROM supervision_visit v JOIN org_unit u ON u.id = v.unit_id";
    private static final String FINDINGS = "SELECT f.visit_id, f.area, f.problem, f.description, f.cadre_id,"
            + " c.name AS cadre_name, f.severity, f.measures, f.deadline, f.rectification_id,"
            + " r.number AS item_number FROM visit_finding f LEFT JOIN cadre c ON c.id = f.cadre_id"
            + " LEFT JOIN rectification r ON r.id = f.rectification_id WHERE f.deleted_at IS NULL";

    private final Jdbc jdbc;

    public SupervisionRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Every live visit with its findings, newest first. */
    public List<SupervisionVisit> listLive() {
        List<SupervisionVisit> visits = jdbc.query(SELECT + " WHERE v.deleted_at IS NULL"
                + " ORDER BY v.visit_date DESC, v.number DESC", rs -> map(rs, List.of()));
        Map<UUID, List<VisitFinding>> findings = new HashMap<>();
        jdbc.query(FINDINGS + " ORDER BY f.visit_id, f.area", rs -> {
            findings.computeIfAbsent(Jdbc.uuid(rs, "visit_id"), k -> new ArrayList<>()).add(mapFinding(rs));
            return null;
        });
        return visits.stream().map(v -> withFindings(v, findings.getOrDefault(v.id(), List.of()))).toList();
    }

    public Optional<SupervisionVisit> findById(UUID id) {
        return jdbc.queryOne(SELECT + " WHERE v.id = ? AND v.deleted_at IS NULL", rs -> map(rs, List.of()), id)
                .map(v -> withFindings(v, jdbc.query(FINDINGS + " AND f.visit_id = ? ORDER BY f.area",
                        SupervisionRepository::mapFinding, id)));
    }

    public int lastNumber(String prefix) {
        return jdbc.queryOne("SELECT MAX(CAST(SUBSTRING(number, ?) AS INT)) FROM supervision_visit WHERE number LIKE ?",
                rs -> rs.getInt(1), prefix.length() + 1, prefix + "%").orElse(0);
    }

    public void insert(SupervisionVisit v, Stamping stamp) {
        insertAll(List.of(v), stamp);
    }

    public void insertAll(List<SupervisionVisit> visits, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(visits.size());
        List<Object[]> findingRows = new ArrayList<>();
        for (SupervisionVisit v : visits) {
            rows.add(new Object[] {v.id(), v.number(), v.visitDate(), v.kind(), v.unitId(), v.group(), v.members(),
                v.responsiblePerson(), v.notes(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
            for (VisitFinding f : v.findings()) {
                findingRows.add(findingRow(v.id(), f, stamp));
            }
        }
        jdbc.batch("INSERT INTO supervision_visit (id, number, visit_date, kind, unit_id, monitoring_group, members,"
                + " responsible_person, notes, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)", rows);
        insertFindings(findingRows);
    }

    /** Saves the visit's own fields and replaces its findings (the old ones are soft-deleted). */
    public void update(SupervisionVisit v, Stamping stamp) {
        int changed = jdbc.update("UPDATE supervision_visit SET visit_date = ?, kind = ?, unit_id = ?, monitoring_group = ?,"
                + " members = ?, responsible_person = ?, notes = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", v.visitDate(), v.kind(), v.unitId(), v.group(),
                v.members(), v.responsiblePerson(), v.notes(), stamp.now(), stamp.user(), v.id(), v.version());
        if (changed == 0) {
            throw jdbc.conflict("supervision_visit", v.id());
        }
        jdbc.update("UPDATE visit_finding SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE visit_id = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), v.id());
        insertFindings(v.findings().stream().map(f -> findingRow(v.id(), f, stamp)).toList());
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int changed = jdbc.update("UPDATE supervision_visit SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (changed == 0) {
            throw jdbc.conflict("supervision_visit", id);
        }
    }

    /** Writes the findings of visits already stored (the demo stores visits, then their items, then these). */
    public void insertFindingsOf(List<SupervisionVisit> stored, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        for (SupervisionVisit v : stored) {
            for (VisitFinding f : v.findings()) {
                rows.add(findingRow(v.id(), f, stamp));
            }
        }
        insertFindings(rows);
    }

    private void insertFindings(List<Object[]> rows) {
        jdbc.batch("INSERT INTO visit_finding (id, visit_id, area, problem, description, cadre_id, severity, measures,"
                + " deadline, rectification_id, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", rows);
    }

    private static Object[] findingRow(UUID visitId, VisitFinding f, Stamping stamp) {
        return new Object[] {UUID.randomUUID(), visitId, f.area(), f.problem(), f.description(), f.cadreId(),
            f.severity(), f.measures(), f.deadline(), f.rectificationId(), stamp.now(), stamp.now(), stamp.user(),
            stamp.originUnit()};
    }

    private static SupervisionVisit withFindings(SupervisionVisit v, List<VisitFinding> findings) {
        List<VisitFinding> inOrder = findings.stream()
                .sorted(java.util.Comparator.comparing(VisitFinding::area)).toList();
        return new SupervisionVisit(v.id(), v.number(), v.visitDate(), v.kind(), v.unitId(), v.unitName(), v.group(),
                v.members(), v.responsiblePerson(), v.notes(), inOrder, v.stamp());
    }

    private static SupervisionVisit map(ResultSet rs, List<VisitFinding> findings) throws SQLException {
        return new SupervisionVisit(Jdbc.uuid(rs, "id"), rs.getString("number"), Jdbc.date(rs, "visit_date"),
                Jdbc.enumValue(rs, "kind", VisitKind.class), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                Jdbc.enumValue(rs, "monitoring_group", MonitoringGroup.class), rs.getString("members"),
                rs.getString("responsible_person"), rs.getString("notes"), findings, Stamping.read(rs));
    }

    private static VisitFinding mapFinding(ResultSet rs) throws SQLException {
        return new VisitFinding(Jdbc.enumValue(rs, "area", InspectionArea.class), rs.getBoolean("problem"),
                rs.getString("description"), Jdbc.uuid(rs, "cadre_id"), rs.getString("cadre_name"),
                Jdbc.enumValue(rs, "severity", ProblemSeverity.class), rs.getString("measures"),
                Jdbc.date(rs, "deadline"), Jdbc.uuid(rs, "rectification_id"), rs.getString("item_number"));
    }
}
