package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** One row of the commitment list. */
public record CommitmentSummary(
        UUID id,
        UUID cadreId,
        String cadreName,
        String cadreInitials,
        IdNumber cadreIdNumber,
        String position,
        UUID unitId,
        String unitName,
        int year,
        LocalDate signedOn,
        String notes,
        int version) {

    public boolean isSigned() {
        return signedOn != null;
    }
}
