package org.integritydesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One dated line of a ledger item's history: created, edited, a status step, a return visit.
 * {@code step} is null for creating and editing; {@code what} says which.
 */
public record RectificationEvent(UUID id, UUID rectificationId, Instant at, String actor, String what,
        RectificationStep step, RectificationStatus fromStatus, RectificationStatus toStatus, String note) {
    public static final String CREATED = "CREATED";
    public static final String EDITED = "EDITED";
    public static final String STEP = "STEP";
    public static final String RETURN_VISIT = "RETURN_VISIT";
}
