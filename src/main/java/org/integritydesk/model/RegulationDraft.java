package org.integritydesk.model;

import java.time.LocalDate;

/** What the regulation form holds before it is checked and saved; any field may be missing. */
public record RegulationDraft(String title, String documentNumber, LocalDate issuedOn, RegulationKind kind,
        String issuingUnit, RegulationStatus status, LocalDate repealedOn, String summary) {
}
