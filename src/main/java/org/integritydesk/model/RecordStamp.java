package org.integritydesk.model;

import java.time.Instant;

/**
 * The bookkeeping every stored row carries (ARCHITECTURE.md "Data"): when and by whom it was
 * last changed, the site that created it, and the version counter used for optimistic locking.
 */
public record RecordStamp(Instant createdAt, Instant updatedAt, String updatedBy, String originUnit, int version) {
    public static final RecordStamp NEW = new RecordStamp(null, null, null, null, 0);
}
