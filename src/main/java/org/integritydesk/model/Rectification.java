package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of the 问题整改台账: a problem, who must rectify it by when, and how far it has come.
 * {@code unitName}, {@code responsibleUnitName} and {@code cadreName} are read with the item for
 * showing; {@code visitId} names the supervision visit that found it, if one did.
 */
public record Rectification(
        UUID id,
        String number,
        ProblemSource source,
        UUID unitId,
        String unitName,
        UUID cadreId,
        String cadreName,
        ProblemCategory category,
        ProblemSeverity severity,
        ProblemResponse response,
        String description,
        LocalDate foundOn,
        String measures,
        UUID responsibleUnitId,
        String responsibleUnitName,
        String responsiblePerson,
        LocalDate deadline,
        RectificationStatus status,
        String rectifiedBy,
        LocalDate rectifiedOn,
        String verifiedBy,
        LocalDate verifiedOn,
        String verificationNote,
        LocalDate returnVisitDate,
        LocalDate returnVisitDoneOn,
        UUID visitId,
        RecordStamp stamp) implements LedgerFilter.Subject {

    public int version() {
        return stamp.version();
    }

    public DueState dueState(LocalDate today) {
        return DueState.of(status, deadline, today);
    }

    /** A return visit is due: one was scheduled, its day has come, and it is not recorded as done. */
    public boolean returnVisitDue(LocalDate today) {
        return returnVisitDate != null && returnVisitDoneOn == null && !returnVisitDate.isAfter(today);
    }

    /** Rectified (or closed) no later than the deadline. */
    public boolean rectifiedOnTime() {
        return rectifiedOn != null && deadline != null && !rectifiedOn.isAfter(deadline)
                && (status == RectificationStatus.RECTIFIED || status == RectificationStatus.VERIFIED);
    }

    public RectificationDraft draft() {
        return new RectificationDraft(source, unitId, cadreId, category, severity, response, description, foundOn,
                measures, responsibleUnitId, responsiblePerson, deadline, returnVisitDate);
    }
}
