package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** What a user typed into the session form, before {@link DebriefingRules#check} says what is wrong. */
public record DebriefingDraft(LocalDate date, String place, UUID organisingUnitId, SatisfactionFormula formula,
        Integer expectedVoters, boolean doubleEntry) {
}
