package org.integritydesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One closing of a year (归档): when and by whom, and the archive written then. Reopening fills
 * the reopened fields; a later close is a new record, so the history of a year is kept.
 */
public record ClosedYear(
        UUID id,
        int year,
        Instant closedAt,
        String closedBy,
        String archiveFile,
        String archiveSha256,
        Instant reopenedAt,
        String reopenedBy,
        String reopenReason,
        RecordStamp stamp) {

    /** Whether this close still stands (the year has not been reopened since). */
    public boolean standing() {
        return reopenedAt == null;
    }
}
