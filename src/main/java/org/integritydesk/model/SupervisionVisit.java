package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One visit of the monitoring group (监督检查): when, how, where, who, and per area checked what was
 * found. Each problem found is a ledger item of source {@link ProblemSource#SUPERVISION}.
 */
public record SupervisionVisit(
        UUID id,
        String number,
        LocalDate visitDate,
        VisitKind kind,
        UUID unitId,
        String unitName,
        MonitoringGroup group,
        String members,
        String responsiblePerson,
        String notes,
        List<VisitFinding> findings,
        RecordStamp stamp) {

    public int version() {
        return stamp.version();
    }

    public long problemCount() {
        return findings.stream().filter(VisitFinding::problem).count();
    }
}
