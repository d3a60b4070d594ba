package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the visit form holds before it is checked; {@link VisitRules#check} says what is wrong. */
public record VisitDraft(LocalDate visitDate, VisitKind kind, UUID unitId, MonitoringGroup group, String members,
        String responsiblePerson, String notes, List<VisitFinding> findings) {
}
