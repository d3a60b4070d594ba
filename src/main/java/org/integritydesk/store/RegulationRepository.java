package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;

/** The regulations register (制度建设), newest first. */
public final class RegulationRepository {
    private static final String COLUMNS = "id, title, document_number, issued_on, kind, issuing_unit, status,"
            + " repealed_on, summary, created_at, updated_at, updated_by, origin_unit, version, deleted_at";
    private final Jdbc jdbc;

    public RegulationRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Every live rule, newest issue first. */
    public List<Regulation> listLive() {
        return jdbc.query("SELECT " + COLUMNS + " FROM regulation WHERE deleted_at IS NULL"
                + " ORDER BY issued_on DESC, title, id", RegulationRepository::map);
    }

    /** A rule, deleted or not. */
    public Optional<Regulation> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM regulation WHERE id = ?", RegulationRepository::map, id);
    }

    public void insert(Regulation r, Stamping stamp) {
        insertAll(List.of(r), stamp);
    }

    /** Inserts new rules (a form, the demo data); version 1, live. */
    public void insertAll(List<Regulation> rows, Stamping stamp) {
        List<Object[]> params = new ArrayList<>(rows.size());
        for (Regulation r : rows) {
            params.add(new Object[] {r.id(), r.title(), r.documentNumber(), r.issuedOn(), r.kind(), r.issuingUnit(),
                r.status(), r.repealedOn(), r.summary(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO regulation (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)", params);
    }

    /** Writes every field if the stored row is still at {@code r.version()}; otherwise refuses. */
    public void update(Regulation r, Stamping stamp) {
        int rows = jdbc.update("UPDATE regulation SET title = ?, document_number = ?, issued_on = ?, kind = ?,"
                        + " issuing_unit = ?, status = ?, repealed_on = ?, summary = ?, updated_at = ?, updated_by = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                r.title(), r.documentNumber(), r.issuedOn(), r.kind(), r.issuingUnit(), r.status(), r.repealedOn(),
                r.summary(), stamp.now(), stamp.user(), r.id(), r.version());
        if (rows == 0) {
            throw jdbc.conflict("regulation", r.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE regulation SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("regulation", id);
        }
    }

    private static Regulation map(ResultSet rs) throws SQLException {
        return new Regulation(Jdbc.uuid(rs, "id"), rs.getString("title"), rs.getString("document_number"),
                Jdbc.date(rs, "issued_on"), Jdbc.enumValue(rs, "kind", RegulationKind.class),
                rs.getString("issuing_unit"), Jdbc.enumValue(rs, "status", RegulationStatus.class),
                Jdbc.date(rs, "repealed_on"), rs.getString("summary"), Stamping.read(rs), Jdbc.instant(rs, "deleted_at"));
    }
}
