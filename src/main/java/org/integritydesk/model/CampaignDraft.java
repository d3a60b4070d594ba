package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;

/** What a user typed into the campaign form, before {@link SelfInspectionRules#check} says what is wrong. */
public record CampaignDraft(String title, Integer year, LocalDate startsOn, LocalDate endsOn, String description,
        List<String> items) {
    /** The checklist lines that hold text, stripped, in order. */
    public List<String> filledItems() {
        return items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
    }
}
