package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** One activity in a cadre's education record: what it was and whether the cadre came. */
public record AttendanceEntry(UUID activityId, LocalDateTime startsAt, ActivityKind kind, String title,
        BigDecimal hours, AttendanceStatus status, String reason) {
}
