package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;

public final class UnitRepository {
    private static final String COLUMNS =
            "id, parent_id, code, name, kind, sort_order, created_at, updated_at, updated_by, origin_unit, version";
    private final Jdbc jdbc;

    public UnitRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public List<OrgUnit> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM org_unit WHERE deleted_at IS NULL ORDER BY sort_order, code",
                UnitRepository::map);
    }

    public Optional<OrgUnit> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM org_unit WHERE id = ? AND deleted_at IS NULL",
                UnitRepository::map, id);
    }

    public Optional<OrgUnit> findByCode(String code) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM org_unit WHERE code = ? AND deleted_at IS NULL",
                UnitRepository::map, code);
    }

    public void insert(OrgUnit unit, Stamping stamp) {
        jdbc.update("INSERT INTO org_unit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                unit.id(), unit.parentId(), unit.code(), unit.name(), unit.kind(), unit.sortOrder(),
                stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
    }

    /** Updates name, code, parent and order if the row is still at {@code unit.version()}. */
    public void update(OrgUnit unit, Stamping stamp) {
        int rows = jdbc.update("UPDATE org_unit SET parent_id = ?, code = ?, name = ?, kind = ?, sort_order = ?,"
                        + " updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                unit.parentId(), unit.code(), unit.name(), unit.kind(), unit.sortOrder(),
                stamp.now(), stamp.user(), unit.id(), unit.version());
        if (rows == 0) {
            throw jdbc.conflict("org_unit", unit.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE org_unit SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("org_unit", id);
        }
    }

    /** Cadres (deleted ones too: they may be restored) and live sub-units that keep a unit in use. */
    public long countDependants(UUID id) {
        return jdbc.count("SELECT (SELECT COUNT(*) FROM cadre WHERE unit_id = ?)"
                + " + (SELECT COUNT(*) FROM org_unit WHERE parent_id = ? AND deleted_at IS NULL)", id, id);
    }

    /** Whether a code is taken by any unit, including deleted ones (codes are never reused). */
    public boolean codeTaken(String code, UUID exceptId) {
        return jdbc.count("SELECT COUNT(*) FROM org_unit WHERE code = ? AND id <> ?", code,
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    private static OrgUnit map(ResultSet rs) throws SQLException {
        return new OrgUnit(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "parent_id"), rs.getString("code"), rs.getString("name"),
                Jdbc.enumValue(rs, "kind", UnitKind.class), rs.getInt("sort_order"), Stamping.read(rs));
    }
}
