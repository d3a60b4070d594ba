package org.integritydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One cadre's integrity commitment (廉政承诺书) for one year: one per cadre per year.
 *
 * @param unitId   the unit the cadre belonged to when it was made; it is printed and decides who may change it
 * @param signedOn the day the cadre signed the paper; null until then
 */
public record Commitment(
        UUID id,
        UUID cadreId,
        UUID unitId,
        int year,
        LocalDate signedOn,
        String notes,
        RecordStamp stamp,
        Instant deletedAt) {

    public int version() {
        return stamp.version();
    }

    public boolean isSigned() {
        return signedOn != null;
    }
}
