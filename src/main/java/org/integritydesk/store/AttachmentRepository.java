package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Attachment;

/** The rows describing attached files; the files themselves are {@link AttachmentFiles}' business. */
public final class AttachmentRepository {
    private static final String COLUMNS = "id, owner_type, owner_id, original_name, stored_path, size_bytes, sha256,"
            + " added_at, added_by, version, deleted_at";
    private final Jdbc jdbc;

    public AttachmentRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** The live attachments of one record, in the order they were added. */
    public List<Attachment> findByOwner(String ownerType, UUID ownerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM attachment WHERE owner_type = ? AND owner_id = ?"
                + " AND deleted_at IS NULL ORDER BY added_at, original_name, id", AttachmentRepository::map,
                ownerType, ownerId);
    }

    /** An attachment, removed or not. */
    public Optional<Attachment> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM attachment WHERE id = ?", AttachmentRepository::map, id);
    }

    /** How many live attachments each of an owner type's records has, for lists. */
    public java.util.Map<UUID, Integer> countByOwner(String ownerType) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT owner_id, COUNT(*) AS n FROM attachment WHERE owner_type = ? AND deleted_at IS NULL"
                + " GROUP BY owner_id", rs -> counts.put(Jdbc.uuid(rs, "owner_id"), rs.getInt("n")), ownerType);
        return counts;
    }

    public void insert(Attachment a, Stamping stamp) {
        jdbc.update("INSERT INTO attachment (" + COLUMNS + ", created_at, updated_at, updated_by, origin_unit)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,1,NULL,?,?,?,?)",
                a.id(), a.ownerType(), a.ownerId(), a.originalName(), a.storedPath(), a.size(), a.sha256(),
                stamp.now(), stamp.user(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
    }

    /** Marks the attachment removed if it is still at {@code version}; the encrypted file stays (recoverable). */
    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE attachment SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("attachment", id);
        }
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(Jdbc.uuid(rs, "id"), rs.getString("owner_type"), Jdbc.uuid(rs, "owner_id"),
                rs.getString("original_name"), rs.getString("stored_path"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Jdbc.instant(rs, "added_at"), rs.getString("added_by"), rs.getInt("version"),
                Jdbc.instant(rs, "deleted_at"));
    }
}
