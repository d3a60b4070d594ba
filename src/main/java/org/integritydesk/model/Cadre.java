package org.integritydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One cadre as stored: the basic information of the clean-government file. */
public record Cadre(
        UUID id,
        UUID unitId,
        String name,
        IdNumber idNumber,
        String ethnicity,
        String politicalStatus,
        String education,
        String position,
        CadreCategory category,
        boolean importantPosition,
        CadreStatus status,
        String mobile,
        LocalDate workStartDate,
        LocalDate appointmentDate,
        String notes,
        RecordStamp stamp,
        Instant deletedAt) {

    public Gender gender() {
        return idNumber.gender();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    public int version() {
        return stamp.version();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
