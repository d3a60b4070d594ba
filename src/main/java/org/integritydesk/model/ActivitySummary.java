package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** One row of the activity list, with its attendance counted. */
public record ActivitySummary(
        UUID id,
        ActivityKind kind,
        String title,
        LocalDateTime startsAt,
        BigDecimal hours,
        String place,
        UUID organiserUnitId,
        String organiserName,
        String speaker,
        AttendanceTally attendance,
        int version) {
}
