package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FamilyRelation;

/** The family-business rows of a cadre's file, kept in the order the user entered them. */
public final class FamilyBusinessRepository {
    private static final String COLUMNS = "id, cadre_id, position_in_file, relation, name, business_kind,"
            + " employer_or_business, in_jurisdiction, notes, created_at, updated_at, updated_by, origin_unit, version";
    private final Jdbc jdbc;

    public FamilyBusinessRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public List<FamilyBusiness> findByCadre(UUID cadreId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM family_business WHERE cadre_id = ? AND deleted_at IS NULL"
                + " ORDER BY position_in_file", FamilyBusinessRepository::map, cadreId);
    }

    /** The names of every live relative recorded in any file, for recusal and look-ups. */
    public List<FamilyBusiness> findAllLive() {
        return jdbc.query("SELECT " + COLUMNS + " FROM family_business WHERE deleted_at IS NULL"
                + " ORDER BY cadre_id, position_in_file", FamilyBusinessRepository::map);
    }

    /** Cadres whose file names a relative called {@code name} (for recusal). */
    public List<UUID> findCadreIdsByRelativeName(String name) {
        return jdbc.query("SELECT DISTINCT cadre_id FROM family_business WHERE deleted_at IS NULL AND name = ?",
                rs -> Jdbc.uuid(rs, "cadre_id"), name);
    }

    /**
     * Replaces a cadre's rows with {@code rows}: the old ones are soft-deleted so that the history
     * of what a cadre declared is kept.
     */
    public void replaceForCadre(UUID cadreId, List<FamilyBusiness> rows, Stamping stamp) {
        jdbc.update("UPDATE family_business SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE cadre_id = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), cadreId);
        insertAll(rows, stamp);
    }

    /** Inserts rows of one or many files; each file's rows keep their order among themselves. */
    public void insertAll(List<FamilyBusiness> rows, Stamping stamp) {
        List<Object[]> params = new ArrayList<>(rows.size());
        Map<UUID, Integer> nextPosition = new HashMap<>();
        for (FamilyBusiness f : rows) {
            int position = nextPosition.merge(f.cadreId(), 1, Integer::sum) - 1;
            params.add(new Object[] {f.id(), f.cadreId(), position, f.relation(), f.name(), f.businessKind(),
                f.employerOrBusiness(), f.inJurisdiction(), f.notes(), stamp.now(), stamp.now(), stamp.user(),
                stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO family_business (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)", params);
    }

    private static FamilyBusiness map(ResultSet rs) throws SQLException {
        return new FamilyBusiness(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"),
                Jdbc.enumValue(rs, "relation", FamilyRelation.class), rs.getString("name"),
                Jdbc.enumValue(rs, "business_kind", BusinessKind.class), rs.getString("employer_or_business"),
                rs.getBoolean("in_jurisdiction"), rs.getString("notes"));
    }
}
