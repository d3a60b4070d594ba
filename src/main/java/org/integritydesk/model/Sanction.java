package org.integritydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A disciplinary sanction (处分) of a cadre: it counts in the assessment of its date's year. */
public record Sanction(UUID id, UUID cadreId, LocalDate date, SanctionKind kind, String documentNumber, String note,
        RecordStamp stamp, Instant deletedAt) {
    public int version() {
        return stamp.version();
    }
}
