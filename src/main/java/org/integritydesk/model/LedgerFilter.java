package org.integritydesk.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the ledger shows: the filters of the 问题整改 tab, the 整改台账 printout and {@code report ledger}.
 * Null means "any". {@code unitIds} is a unit with the units below it, already expanded.
 *
 * @param due       OVERDUE, DUE_SOON or null; PENDING and DONE filter as such too
 * @param returnVisitDue only items whose return visit has come
 * @param text      search in number, description, cadre, unit and responsible person
 */
public record LedgerFilter(Integer year, Set<UUID> unitIds, ProblemSource source, RectificationStatus status,
        DueState due, boolean returnVisitDue, String text) {
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, false, null);

    public Predicate<Rectification> predicate(LocalDate today) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
        return r -> (year == null || (r.foundOn() != null && r.foundOn().getYear() == year))
                && (unitIds == null || unitIds.contains(r.unitId()) || unitIds.contains(r.responsibleUnitId()))
                && (source == null || r.source() == source)
                && (status == null || r.status() == status)
                && (due == null || r.dueState(today) == due)
                && (!returnVisitDue || r.returnVisitDue(today))
                && (needle == null || matches(r, needle));
    }

    private static boolean matches(Rectification r, String needle) {
        for (String field : new String[] {r.number(), r.description(), r.cadreName(), r.unitName(),
            r.responsibleUnitName(), r.responsiblePerson(), r.measures()}) {
            if (field != null && field.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
