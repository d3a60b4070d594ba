package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The ledger items of a year that a filter lets through, in ledger order, cut into pages; with the
 * counts the ledger tab's status line gives (how many match, how many the year holds, how many of
 * those are overdue).
 */
public final class LedgerSelection {
    private final List<LedgerKey> matching;
    private final int inYear;
    private final int overdue;

    private LedgerSelection(List<LedgerKey> matching, int inYear, int overdue) {
        this.matching = matching;
        this.inYear = inYear;
        this.overdue = overdue;
    }

    /** @param year the year's items in ledger order (newest finding first) */
    public static LedgerSelection of(List<LedgerKey> year, LedgerFilter filter, LocalDate today) {
        Predicate<LedgerKey> accepts = filter.predicate(today);
        List<LedgerKey> matching = new ArrayList<>();
        int overdue = 0;
        for (LedgerKey key : year) {
            if (key.dueState(today) == DueState.OVERDUE) {
                overdue++;
            }
            if (accepts.test(key)) {
                matching.add(key);
            }
        }
        return new LedgerSelection(matching, year.size(), overdue);
    }

    public int matching() {
        return matching.size();
    }

    public int inYear() {
        return inYear;
    }

    public int overdue() {
        return overdue;
    }

    /** How many pages of {@code size} the matching items fill; at least one (an empty page). */
    public int pageCount(int size) {
        return Math.max(1, (matching.size() + size - 1) / size);
    }

    /** The keys of page {@code index} (from 0; past the last page means the last): the rows the table shows. */
    public List<LedgerKey> page(int index, int size) {
        int from = Math.min(Math.max(0, index), pageCount(size) - 1) * size;
        return List.copyOf(matching.subList(from, Math.min(matching.size(), from + size)));
    }

    /** Where the item stands among the matching ones (from 0), or -1. */
    public int indexOf(UUID id) {
        for (int i = 0; i < matching.size(); i++) {
            if (matching.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
