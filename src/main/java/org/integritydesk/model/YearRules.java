package org.integritydesk.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The rules of closing (归档) and reopening a year; pure, so they are tested as a table. */
public final class YearRules {
    /** No record of this program is older. */
    public static final int FIRST_YEAR = 2000;
    public static final int MAX_REASON = 500;
    /** The list shows at least this many years back from the current one. */
    static final int YEARS_SHOWN_BACK = 3;

    private YearRules() {
    }

    /**
     * What stops {@code year} from being closed now, if anything: a year outside the program's
     * range, a year still to come, or one that is closed already.
     */
    public static Optional<FieldError> closeProblem(int year, int currentYear, boolean alreadyClosed) {
        if (year < FIRST_YEAR || year > 9999) {
            return Optional.of(new FieldError("year", "error.year.invalid", year, FIRST_YEAR));
        }
        if (year > currentYear) {
            return Optional.of(new FieldError("year", "error.year.future", year));
        }
        if (alreadyClosed) {
            return Optional.of(new FieldError("year", "error.year.alreadyClosed", year));
        }
        return Optional.empty();
    }

    /** What stops {@code year} from being reopened: it is not closed, or no reason is given. */
    public static Optional<FieldError> reopenProblem(int year, boolean closed, String reason) {
        if (!closed) {
            return Optional.of(new FieldError("year", "error.year.notClosed", year));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(new FieldError("reason", "error.year.reasonRequired"));
        }
        if (PersonName.codePointLength(reason.strip()) > MAX_REASON) {
            return Optional.of(new FieldError("reason", "error.year.reasonTooLong", MAX_REASON));
        }
        return Optional.empty();
    }

    /**
     * The years the list shows, newest first: the current year and the ones before it, back to the
     * earliest year ever closed (at least {@value #YEARS_SHOWN_BACK} back).
     */
    public static List<Integer> listedYears(int currentYear, Collection<Integer> yearsWithHistory) {
        TreeSet<Integer> years = new TreeSet<>(yearsWithHistory);
        int from = Math.min(currentYear - YEARS_SHOWN_BACK, years.isEmpty() ? currentYear : years.first());
        for (int y = Math.max(from, FIRST_YEAR); y <= currentYear; y++) {
            years.add(y);
        }
        return List.copyOf(years.descendingSet());
    }
}
