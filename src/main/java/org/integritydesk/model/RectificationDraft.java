package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** What a user typed into the ledger item form, before {@link RectificationRules#check} says what is wrong. */
public record RectificationDraft(
        ProblemSource source,
        UUID unitId,
        UUID cadreId,
        ProblemCategory category,
        ProblemSeverity severity,
        ProblemResponse response,
        String description,
        LocalDate foundOn,
        String measures,
        UUID responsibleUnitId,
        String responsiblePerson,
        LocalDate deadline,
        LocalDate returnVisitDate) {
}
