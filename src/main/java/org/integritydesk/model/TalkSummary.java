package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** One row of the talk list: the talk with the cadre talked to, enough to search, filter, sort and show. */
public record TalkSummary(
        UUID id,
        UUID cadreId,
        String cadreName,
        String cadreInitials,
        IdNumber cadreIdNumber,
        UUID unitId,
        String unitName,
        TalkKind kind,
        LocalDate date,
        String talkerName,
        String recorderName,
        String content,
        int version) {
}
