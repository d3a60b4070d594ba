package org.integritydesk.model;

import java.time.Instant;
import java.util.UUID;

/** One row of the cadre list: enough to search, filter, sort and show, without the whole file. */
public record CadreSummary(
        UUID id,
        UUID unitId,
        String unitName,
        String name,
        String nameInitials,
        IdNumber idNumber,
        String position,
        CadreCategory category,
        CadreStatus status,
        boolean importantPosition,
        int version,
        Instant deletedAt) {
}
