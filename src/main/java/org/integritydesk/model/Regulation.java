package org.integritydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One rule of the bureau's register (制度建设): a document with its number (文号), the day it was
 * issued, its kind, who issued it and whether it is still in force. Its document file is an
 * {@link Attachment} owned by it.
 *
 * @param documentNumber 文号, e.g. "吉县市监字〔2024〕12号"; null when the rule has none
 * @param repealedOn set exactly when {@code status} is {@link RegulationStatus#REPEALED}
 * @param deletedAt null unless deleted (soft)
 */
public record Regulation(UUID id, String title, String documentNumber, LocalDate issuedOn, RegulationKind kind,
        String issuingUnit, RegulationStatus status, LocalDate repealedOn, String summary, RecordStamp stamp,
        Instant deletedAt) {

    public int version() {
        return stamp.version();
    }

    public int year() {
        return issuedOn.getYear();
    }

    public RegulationDraft draft() {
        return new RegulationDraft(title, documentNumber, issuedOn, kind, issuingUnit, status, repealedOn, summary);
    }
}
