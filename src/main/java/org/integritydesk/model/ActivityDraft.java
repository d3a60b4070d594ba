package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/** What the activity form holds before it is checked and saved; any field may still be empty. */
public record ActivityDraft(
        ActivityKind kind,
        String title,
        LocalDate date,
        LocalTime time,
        BigDecimal hours,
        String place,
        UUID baseId,
        UUID organiserUnitId,
        String speaker,
        Set<OutreachTarget> outreach,
        String summary) {
}
