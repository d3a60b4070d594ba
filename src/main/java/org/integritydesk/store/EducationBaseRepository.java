package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.EducationBase;

/** The education bases (廉政教育基地). A removed base keeps its row: past activities name it. */
public final class EducationBaseRepository {
    private static final String COLUMNS = "id, name, kind, theme, address, demonstration_site, notes,"
            + " created_at, updated_at, updated_by, origin_unit, version";

    private final Jdbc jdbc;

    public EducationBaseRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public List<EducationBase> listLive() {
        return jdbc.query("SELECT " + COLUMNS + " FROM education_base WHERE deleted_at IS NULL ORDER BY name",
                EducationBaseRepository::map);
    }

    /** Every base, removed ones too. */
    public List<EducationBase> listAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM education_base ORDER BY name", EducationBaseRepository::map);
    }

    /** Finds a base, removed or not. */
    public Optional<EducationBase> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM education_base WHERE id = ?", EducationBaseRepository::map, id);
    }

    public boolean isLive(UUID id) {
        return jdbc.count("SELECT COUNT(*) FROM education_base WHERE id = ? AND deleted_at IS NULL", id) > 0;
    }

    public Optional<EducationBase> findLiveByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM education_base WHERE name = ? AND deleted_at IS NULL",
                EducationBaseRepository::map, name);
    }

    public void insert(EducationBase base, Stamping stamp) {
        insertAll(List.of(base), stamp);
    }

    public void insertAll(List<EducationBase> bases, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        for (EducationBase b : bases) {
            rows.add(new Object[] {b.id(), b.name(), b.kind(), b.theme(), b.address(), b.demonstrationSite(), b.notes(),
                stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO education_base (" + COLUMNS + ", deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    /** Writes every field if the stored row is still at {@code base.version()}; otherwise refuses. */
    public void update(EducationBase base, Stamping stamp) {
        int rows = jdbc.update("UPDATE education_base SET name = ?, kind = ?, theme = ?, address = ?,"
                        + " demonstration_site = ?, notes = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                base.name(), base.kind(), base.theme(), base.address(), base.demonstrationSite(), base.notes(),
                stamp.now(), stamp.user(), base.id(), base.version());
        if (rows == 0) {
            throw jdbc.conflict("education_base", base.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE education_base SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("education_base", id);
        }
    }

    private static EducationBase map(ResultSet rs) throws SQLException {
        return new EducationBase(Jdbc.uuid(rs, "id"), rs.getString("name"), Jdbc.enumValue(rs, "kind", BaseKind.class),
                Jdbc.enumValue(rs, "theme", BaseTheme.class), rs.getString("address"),
                rs.getBoolean("demonstration_site"), rs.getString("notes"), Stamping.read(rs));
    }
}
