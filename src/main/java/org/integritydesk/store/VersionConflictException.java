package org.integritydesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An update or delete found a newer version of the row than the one it was based on. It names who
 * saved the row last and when, read from the row's audit columns at the moment of the conflict
 * (absent when the row is gone).
 */
public class VersionConflictException extends StoreException {
    private final String changedBy;
    private final Instant changedAt;

    public VersionConflictException(String table, Object id) {
        this(table, id, null, null);
    }

    public VersionConflictException(String table, Object id, String changedBy, Instant changedAt) {
        super("row " + id + " of " + table + " was changed by " + (changedBy == null ? "someone else" : changedBy)
                + (changedAt == null ? "" : " at " + changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the row last (the {@code updated_by} it holds now). */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** When the row was saved last ({@code updated_at}). */
    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
