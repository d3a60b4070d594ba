package org.integritydesk.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the 责任分解 list and its printout show: one year, optionally the tasks of some units (a unit
 * with the units below it), of one status (overdue included), and matching a search text (task,
 * unit or leader).
 *
 * @param unitIds null for every unit
 * @param status  null for every status
 */
public record ResponsibilityFilter(int year, Set<UUID> unitIds, ResponsibilityStatus status, String search) {

    public static ResponsibilityFilter year(int year) {
        return new ResponsibilityFilter(year, null, null, null);
    }

    public Predicate<ResponsibilityTask> predicate(LocalDate today) {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return t -> t.year() == year
                && (unitIds == null || unitIds.contains(t.unitId()))
                && (status == null || t.status(today) == status)
                && (wanted.isEmpty() || contains(t.text(), wanted) || contains(t.unitName(), wanted)
                        || contains(t.leaderName(), wanted));
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
