package org.integritydesk.service;

import java.time.LocalDate;
import org.integritydesk.store.ClosedYearRepository;

/**
 * The guard every service calls before it creates, changes, deletes or restores a record dated in
 * a year: once a year is closed (归档) nothing in it changes until it is reopened. Call it inside
 * the use case's transaction, with the record's date before and after the change (moving a record
 * out of a closed year is a change to that year too):
 *
 * <pre>
 * tx.inTransaction(() -> {
 *     closedYears.requireOpen(before.date());
 *     closedYears.requireOpen(after.date());
 *     ...
 * });
 * </pre>
 */
public final class ClosedYears {
    private final ClosedYearRepository years;

    public ClosedYears(ClosedYearRepository years) {
        this.years = years;
    }

    /**
     * @throws YearClosedException when {@code year} is closed
     */
    public void requireOpen(int year) {
        if (years.isClosed(year)) {
            throw new YearClosedException(year);
        }
    }

    /**
     * Refuses a change to a record dated {@code date}; an undated record (null) belongs to no year.
     *
     * @throws YearClosedException when the date's year is closed
     */
    public void requireOpen(LocalDate date) {
        if (date != null) {
            requireOpen(date.getYear());
        }
    }

    /** Whether {@code year} is closed now. */
    public boolean isClosed(int year) {
        return years.isClosed(year);
    }
}
