package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the 问题整改 tab keeps of each ledger item of the shown year: what its filters and search look
 * at, and the key to read the whole item when its page is shown. A year of 100,000 items is held
 * this way in a few megabytes (texts, dates and units shared between items), and filtered in
 * milliseconds; only the page shown is read whole ({@link Rectification}).
 */
public record LedgerKey(UUID id, String number, LocalDate foundOn, ProblemSource source, RectificationStatus status,
        LocalDate deadline, LocalDate returnVisitDate, LocalDate returnVisitDoneOn, UUID unitId, String unitName,
        UUID responsibleUnitId, String responsibleUnitName, String cadreName, String description, String measures,
        String responsiblePerson) implements LedgerFilter.Subject {
}
