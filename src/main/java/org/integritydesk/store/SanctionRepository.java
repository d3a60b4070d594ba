package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Sanction;
import org.integritydesk.model.SanctionKind;

/** Disciplinary sanctions (table {@code sanction}); deleting is soft. */
public final class SanctionRepository {
    private static final String COLUMNS = "id, cadre_id, sanction_date, kind, document_number, note, created_at,"
            + " updated_at, updated_by, origin_unit, version, deleted_at";

    /** A sanction with its cadre's name and unit, as the list shows it. */
    public record Row(Sanction sanction, String cadreName, String maskedId, UUID unitId, String unitName) {
    }

    private final Jdbc jdbc;

    public SanctionRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Live sanctions of live cadres dated in {@code year}, by date. */
    public List<Row> listLive(int year) {
        return jdbc.query("SELECT s.id, s.cadre_id, s.sanction_date, s.kind, s.document_number, s.note, s.created_at,"
                + " s.updated_at, s.updated_by, s.origin_unit, s.version, s.deleted_at, c.name AS cadre_name,"
                + " c.id_number, c.unit_id, u.name AS unit_name FROM sanction s JOIN cadre c ON c.id = s.cadre_id"
                + " JOIN org_unit u ON u.id = c.unit_id WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL"
                + " AND s.sanction_date >= ? AND s.sanction_date < ? ORDER BY s.sanction_date, c.name_initials",
                rs -> new Row(map(rs), rs.getString("cadre_name"),
                        org.integritydesk.model.IdNumber.mask(rs.getString("id_number")), Jdbc.uuid(rs, "unit_id"),
                        rs.getString("unit_name")),
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public Optional<Sanction> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM sanction WHERE id = ?", SanctionRepository::map, id);
    }

    /** A cadre's live sanctions dated in {@code year}, oldest first. */
    public List<Sanction> findByCadre(UUID cadreId, int year) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sanction WHERE cadre_id = ? AND deleted_at IS NULL"
                + " AND sanction_date >= ? AND sanction_date < ? ORDER BY sanction_date, created_at",
                SanctionRepository::map, cadreId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** A cadre's live sanctions of every year, oldest first. */
    public List<Sanction> findByCadre(UUID cadreId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sanction WHERE cadre_id = ? AND deleted_at IS NULL"
                + " ORDER BY sanction_date, created_at", SanctionRepository::map, cadreId);
    }

    public void insert(Sanction s, Stamping stamp) {
        insertAll(List.of(s), stamp);
    }

    public void insertAll(List<Sanction> sanctions, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        for (Sanction s : sanctions) {
            rows.add(new Object[] {s.id(), s.cadreId(), s.date(), s.kind(), s.documentNumber(), s.note(), stamp.now(),
                stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO sanction (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    public void update(Sanction s, Stamping stamp) {
        int rows = jdbc.update("UPDATE sanction SET cadre_id = ?, sanction_date = ?, kind = ?, document_number = ?,"
                + " note = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", s.cadreId(), s.date(), s.kind(),
                s.documentNumber(), s.note(), stamp.now(), stamp.user(), s.id(), s.version());
        if (rows == 0) {
            throw jdbc.conflict("sanction", s.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE sanction SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), id,
                version);
        if (rows == 0) {
            throw jdbc.conflict("sanction", id);
        }
    }

    private static Sanction map(ResultSet rs) throws SQLException {
        return new Sanction(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"), Jdbc.date(rs, "sanction_date"),
                Jdbc.enumValue(rs, "kind", SanctionKind.class), rs.getString("document_number"), rs.getString("note"),
                Stamping.read(rs), Jdbc.instant(rs, "deleted_at"));
    }
}
