package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the 问题整改 tab keeps of each ledger item of the shown year: what its filters and search look
 * at and what its table's columns show, and the key to read the whole item ({@link Rectification})
 * when it is selected. A year of 100,000 items is held this way in a few megabytes (texts, dates and
 * units shared between items), and filtered and shown in milliseconds without asking the database.
 */
public record LedgerKey(UUID id, String number, LocalDate foundOn, ProblemSource source, ProblemSeverity severity,
        RectificationStatus status, LocalDate deadline, LocalDate returnVisitDate, LocalDate returnVisitDoneOn,
        UUID unitId, String unitName, UUID responsibleUnitId, String responsibleUnitName, String cadreName,
        String description, String measures, String responsiblePerson) implements LedgerFilter.Subject {

    /** The key of a whole item (a page the database paged), so the table shows one kind of row. */
    public static LedgerKey of(Rectification r) {
        return new LedgerKey(r.id(), r.number(), r.foundOn(), r.source(), r.severity(), r.status(), r.deadline(),
                r.returnVisitDate(), r.returnVisitDoneOn(), r.unitId(), r.unitName(), r.responsibleUnitId(),
                r.responsibleUnitName(), r.cadreName(), r.description(), r.measures(), r.responsiblePerson());
    }
}
