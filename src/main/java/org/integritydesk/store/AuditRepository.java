package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditHead;
import org.integritydesk.model.AuditKind;

/**
 * The audit trail's two tables. Events are only inserted: there is no update or delete here, and
 * none may be added. Appending is {@link #lockHead()}, {@link #insert}, {@link #moveHead}, in the
 * caller's transaction.
 */
public final class AuditRepository {
    private static final String COLUMNS = "sequence, occurred_at, actor, kind, record_type, record_id, record_label,"
            + " before_value, after_value, purpose, origin_unit, previous_hash, hash";
    private final Jdbc jdbc;

    public AuditRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /**
     * Reads the head and locks it until the transaction ends: a second writer waits here, so
     * events are appended strictly one after another.
     */
    public AuditHead lockHead() {
        return jdbc.queryOne("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                        AuditRepository::mapHead)
                .orElseThrow(() -> new StoreException("the audit_head row is missing"));
    }

    /**
     * The head without locking it and the highest stored sequence, read in one statement so both
     * describe the same moment (appends change them together).
     */
    public HeadSnapshot head() {
        return jdbc.queryOne("SELECT (SELECT MAX(sequence) FROM audit_event) AS max_sequence, h.last_sequence, h.last_hash"
                        + " FROM (VALUES (1)) AS one (x) LEFT JOIN audit_head h ON h.id = 1",
                        rs -> new HeadSnapshot(rs.getObject("last_sequence") == null ? null : mapHead(rs),
                                rs.getLong("max_sequence")))
                .orElseThrow();
    }

    /**
     * What the head says and how far the events go, read at one moment.
     *
     * @param head the head row; null if someone deleted it
     * @param maxSequence the highest stored sequence, 0 when there are none
     */
    public record HeadSnapshot(AuditHead head, long maxSequence) {
    }

    public void insert(AuditEvent event) {
        jdbc.update("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                event.sequence(), event.occurredAt(), event.actor(), event.kind(), event.recordType(),
                event.recordId(), event.recordLabel(), event.before(), event.after(), event.purpose(),
                event.originUnit(), event.previousHash(), event.hash());
    }

    /** Moves the head from {@code from} to the appended event; refuses if it is no longer at {@code from}. */
    public void moveHead(AuditHead from, AuditEvent appended) {
        int rows = jdbc.update("UPDATE audit_head SET last_sequence = ?, last_hash = ?"
                + " WHERE id = 1 AND last_sequence = ? AND last_hash = ?",
                appended.sequence(), appended.hash(), from.sequence(), from.hash());
        if (rows == 0) {
            throw new StoreException("the audit head moved while an event was being appended");
        }
    }

    /** Up to {@code limit} events after {@code afterSequence} and not after {@code upTo}, in sequence order. */
    public List<AuditEvent> page(long afterSequence, long upTo, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_event WHERE sequence > ? AND sequence <= ?"
                + " ORDER BY sequence FETCH FIRST ? ROWS ONLY", AuditRepository::map, afterSequence, upTo, limit);
    }

    /** Events matching {@code filter}, newest first; dates are days in {@code zone}. */
    public List<AuditEvent> find(AuditFilter filter, ZoneId zone, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, zone, params);
        params.add(offset);
        params.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_event" + where
                + " ORDER BY sequence DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", AuditRepository::map, params.toArray());
    }

    /**
     * Up to {@code limit} events matching {@code filter} after {@code afterSequence} and not after
     * {@code upTo}, oldest first: an export reads page after page up to the head it saw first, so
     * events appended meanwhile do not shift its pages.
     */
    public List<AuditEvent> findOldestFirst(AuditFilter filter, ZoneId zone, long afterSequence, long upTo, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, zone, params);
        params.add(afterSequence);
        params.add(upTo);
        params.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_event" + where + (where.isEmpty() ? " WHERE" : " AND")
                + " sequence > ? AND sequence <= ? ORDER BY sequence FETCH FIRST ? ROWS ONLY",
                AuditRepository::map, params.toArray());
    }

    /** How many events match {@code filter} up to and including {@code upTo}. */
    public long count(AuditFilter filter, ZoneId zone, long upTo) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, zone, params);
        params.add(upTo);
        return jdbc.count("SELECT COUNT(*) FROM audit_event" + where + (where.isEmpty() ? " WHERE" : " AND")
                + " sequence <= ?", params.toArray());
    }

    public long count(AuditFilter filter, ZoneId zone) {
        List<Object> params = new ArrayList<>();
        return jdbc.count("SELECT COUNT(*) FROM audit_event" + where(filter, zone, params), params.toArray());
    }

    private static String where(AuditFilter filter, ZoneId zone, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            params.add(filter.actor());
        }
        if (filter.recordId() != null) {
            conditions.add("record_id = ?");
            params.add(filter.recordId());
        }
        if (!filter.kinds().isEmpty()) {
            conditions.add("kind IN (" + String.join(",", filter.kinds().stream().map(k -> "?").toList()) + ")");
            filter.kinds().stream().map(AuditKind::name).sorted().forEach(params::add);
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static AuditHead mapHead(ResultSet rs) throws SQLException {
        return new AuditHead(rs.getLong("last_sequence"), rs.getString("last_hash"));
    }

    private static AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("sequence"), Jdbc.instant(rs, "occurred_at"), rs.getString("actor"),
                kind(rs.getString("kind")), rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                rs.getString("record_label"), rs.getString("before_value"), rs.getString("after_value"),
                rs.getString("purpose"), rs.getString("origin_unit"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    /** A kind this version does not know (only an edit makes one) reads as null; the chain check reports it. */
    private static AuditKind kind(String name) {
        for (AuditKind kind : AuditKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
