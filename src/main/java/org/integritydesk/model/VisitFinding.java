package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a visit found in one area: nothing ({@code problem} false, the rest null), or a problem with
 * its description, the cadre it is attributed to (optional), its severity, what must be done and by
 * when. {@code rectificationId} is the ledger item it became, {@code itemNumber} that item's number.
 */
public record VisitFinding(InspectionArea area, boolean problem, String description, UUID cadreId, String cadreName,
        ProblemSeverity severity, String measures, LocalDate deadline, UUID rectificationId, String itemNumber) {

    /** A problem as the visit form enters it (no ledger item yet). */
    public static VisitFinding problem(InspectionArea area, String description, UUID cadreId, ProblemSeverity severity,
            String measures, LocalDate deadline) {
        return new VisitFinding(area, true, description, cadreId, null, severity, measures, deadline, null, null);
    }

    public static VisitFinding none(InspectionArea area) {
        return new VisitFinding(area, false, null, null, null, null, null, null, null, null);
    }
}
