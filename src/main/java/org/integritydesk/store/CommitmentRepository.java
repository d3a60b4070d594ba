package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.IdNumber;

/** Yearly integrity commitments (table {@code integrity_commitment}); one row per cadre per year. */
public final class CommitmentRepository {
    private static final String COLUMNS = "id, cadre_id, unit_id, commitment_year, signed_on, notes,"
            + " created_at, updated_at, updated_by, origin_unit, version, deleted_at";
    private static final String SUMMARY = "SELECT m.id, m.cadre_id, c.name AS cadre_name, c.name_initials,"
            + " c.id_number, c.position, m.unit_id, u.name AS unit_name, m.commitment_year, m.signed_on, m.notes,"
            + " m.version FROM integrity_commitment m JOIN cadre c ON c.id = m.cadre_id"
            + " JOIN org_unit u ON u.id = m.unit_id";

    private final Jdbc jdbc;

    public CommitmentRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Live commitments of live cadres for {@code year}, by unit and name. */
    public List<CommitmentSummary> listLive(int year) {
        return jdbc.query(SUMMARY + " WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND m.commitment_year = ?"
                + " ORDER BY u.sort_order, u.code, c.name_initials, c.name", CommitmentRepository::mapSummary, year);
    }

    /** How many commitments of a year are signed, of how many. */
    public record Signing(long signed, long total) {
    }

    /**
     * The signed and all of {@link #listLive}'s commitments that the user may see (of
     * {@code visibleUnits}, null for all; none of {@code recused}), counted in the database.
     */
    public Signing signing(int year, Set<UUID> visibleUnits, Set<UUID> recused) {
        List<Object> params = new ArrayList<>(List.of(year));
        String scope = ScopeCondition.and("m.unit_id", "m.cadre_id", visibleUnits, recused, params);
        // The cadres looked up in their narrow index (V21): 44,503 look-ups in the wide listing index took 0.6 s.
        return jdbc.queryOne("SELECT COUNT(m.signed_on), COUNT(*) FROM integrity_commitment m JOIN "
                + jdbc.dialect().tableUsingIndex("cadre c", "ix_cadre_scope") + " ON c.id = m.cadre_id WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL"
                + " AND m.commitment_year = ?" + scope, rs -> new Signing(rs.getLong(1), rs.getLong(2)), params.toArray())
                .orElse(new Signing(0, 0));
    }

    /** Live commitments with these ids, in print order. */
    public List<CommitmentSummary> findSummaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SUMMARY + " WHERE m.deleted_at IS NULL AND " + jdbc.dialect().inArray("m.id", "UUID")
                + " ORDER BY m.commitment_year, u.sort_order, u.code, c.name_initials, c.name",
                CommitmentRepository::mapSummary, (Object) ids.toArray(new UUID[0]));
    }

    public Optional<Commitment> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM integrity_commitment WHERE id = ?",
                CommitmentRepository::map, id);
    }

    /** The cadre's commitment of the year, deleted or not. */
    public Optional<Commitment> find(UUID cadreId, int year) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM integrity_commitment WHERE cadre_id = ? AND commitment_year = ?",
                CommitmentRepository::map, cadreId, year);
    }

    /** A cadre's live commitments, oldest year first. */
    public List<Commitment> findByCadre(UUID cadreId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM integrity_commitment WHERE cadre_id = ? AND deleted_at IS NULL"
                + " ORDER BY commitment_year", CommitmentRepository::map, cadreId);
    }

    /** Every cadre with a commitment row of the year, deleted ones included (see {@link #restoreAll}). */
    public Set<UUID> cadresWithRow(int year) {
        return new HashSet<>(jdbc.query("SELECT cadre_id FROM integrity_commitment WHERE commitment_year = ?",
                rs -> Jdbc.uuid(rs, "cadre_id"), year));
    }

    /** The deleted commitments of the year: cadre id to commitment id. */
    public java.util.Map<UUID, UUID> deletedRows(int year) {
        java.util.Map<UUID, UUID> rows = new java.util.HashMap<>();
        jdbc.query("SELECT id, cadre_id FROM integrity_commitment WHERE commitment_year = ? AND deleted_at IS NOT NULL",
                rs -> rows.put(Jdbc.uuid(rs, "cadre_id"), Jdbc.uuid(rs, "id")), year);
        return rows;
    }

    public long countLive() {
        return jdbc.count("SELECT COUNT(*) FROM integrity_commitment WHERE deleted_at IS NULL");
    }

    public void insertAll(List<Commitment> commitments, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(commitments.size());
        for (Commitment m : commitments) {
            rows.add(new Object[] {m.id(), m.cadreId(), m.unitId(), m.year(), m.signedOn(), m.notes(),
                stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO integrity_commitment (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    /** Brings a deleted commitment back, unsigned and in the cadre's unit now (generating again). */
    public void restore(UUID id, UUID unitId, Stamping stamp) {
        int rows = jdbc.update("UPDATE integrity_commitment SET deleted_at = NULL, signed_on = NULL, unit_id = ?,"
                + " updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL",
                unitId, stamp.now(), stamp.user(), id);
        if (rows == 0) {
            throw jdbc.conflict("integrity_commitment", id);
        }
    }

    /** Records the signing date and notes if the stored row is still at {@code version}; otherwise refuses. */
    public void updateSigning(UUID id, int version, LocalDate signedOn, String notes, Stamping stamp) {
        int rows = jdbc.update("UPDATE integrity_commitment SET signed_on = ?, notes = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                signedOn, notes, stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("integrity_commitment", id);
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE integrity_commitment SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("integrity_commitment", id);
        }
    }

    private static Commitment map(ResultSet rs) throws SQLException {
        return new Commitment(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"), Jdbc.uuid(rs, "unit_id"),
                rs.getInt("commitment_year"), Jdbc.date(rs, "signed_on"), rs.getString("notes"), Stamping.read(rs),
                Jdbc.instant(rs, "deleted_at"));
    }

    private static CommitmentSummary mapSummary(ResultSet rs) throws SQLException {
        return new CommitmentSummary(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"), rs.getString("cadre_name"),
                rs.getString("name_initials"), IdNumber.parse(rs.getString("id_number"), LocalDate.MAX),
                rs.getString("position"), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                rs.getInt("commitment_year"), Jdbc.date(rs, "signed_on"), rs.getString("notes"), rs.getInt("version"));
    }
}
