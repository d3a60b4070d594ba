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

    /**
     * What the filter looks at in an item: a whole {@link Rectification}, or the {@link LedgerKey}
     * the ledger tab keeps of each item of the year.
     */
    public interface Subject {
        LocalDate foundOn();

        UUID unitId();

        UUID responsibleUnitId();

        ProblemSource source();

        RectificationStatus status();

        LocalDate deadline();

        LocalDate returnVisitDate();

        LocalDate returnVisitDoneOn();

        String number();

        String description();

        String cadreName();

        String unitName();

        String responsibleUnitName();

        String responsiblePerson();

        String measures();

        default DueState dueState(LocalDate today) {
            return DueState.of(status(), deadline(), today);
        }

        /** A return visit is due: one was scheduled, its day has come, and it is not recorded as done. */
        default boolean returnVisitDue(LocalDate today) {
            return returnVisitDate() != null && returnVisitDoneOn() == null && !returnVisitDate().isAfter(today);
        }
    }

    public <T extends Subject> Predicate<T> predicate(LocalDate today) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
        return r -> (year == null || (r.foundOn() != null && r.foundOn().getYear() == year))
                && (unitIds == null || unitIds.contains(r.unitId()) || unitIds.contains(r.responsibleUnitId()))
                && (source == null || r.source() == source)
                && (status == null || r.status() == status)
                && (due == null || r.dueState(today) == due)
                && (!returnVisitDue || r.returnVisitDue(today))
                && (needle == null || matches(r, needle));
    }

    /** The same filter in another year (the ledger tab's year chooser). */
    public LedgerFilter inYear(Integer otherYear) {
        return new LedgerFilter(otherYear, unitIds, source, status, due, returnVisitDue, text);
    }

    private static boolean matches(Subject r, String needle) {
        return contains(r.number(), needle) || contains(r.description(), needle) || contains(r.cadreName(), needle)
                || contains(r.unitName(), needle) || contains(r.responsibleUnitName(), needle)
                || contains(r.responsiblePerson(), needle) || contains(r.measures(), needle);
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
