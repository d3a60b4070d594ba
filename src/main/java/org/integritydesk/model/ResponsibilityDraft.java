package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** What a user typed into the responsibility task form, before {@link ResponsibilityRules#check} says what is wrong. */
public record ResponsibilityDraft(
        int year,
        ResponsibilityCategory category,
        String text,
        UUID unitId,
        UUID leaderId,
        LocalDate deadline) {
}
