package org.integritydesk.model;

import java.util.List;
import java.util.Optional;

/** One year as the 年度归档 list shows it: its state and its closes, newest first. */
public record YearStatus(int year, YearState state, List<ClosedYear> history) {
    public YearStatus {
        history = List.copyOf(history);
    }

    /** The newest close of the year, standing or reopened. */
    public Optional<ClosedYear> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    /** The year's state from its closes (newest first). */
    public static YearStatus of(int year, List<ClosedYear> newestFirst) {
        YearState state = newestFirst.isEmpty() ? YearState.OPEN
                : newestFirst.get(0).standing() ? YearState.CLOSED : YearState.REOPENED;
        return new YearStatus(year, state, newestFirst);
    }
}
