package org.integritydesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Attendance counted over some activities: for a cadre (their file), an activity (its row) or a
 * unit (the year's totals). {@code expected} counts the attendees whose attendance was taken;
 * people on the list of an activity whose attendance is not yet recorded are in {@code pending}.
 * {@code hours} adds the hours of the activities attended.
 */
public record AttendanceTally(int expected, int present, int onLeave, int absent, int pending, BigDecimal hours) {
    public static final AttendanceTally NONE = new AttendanceTally(0, 0, 0, 0, 0, BigDecimal.ZERO);

    public AttendanceTally {
        if (present + onLeave + absent != expected) {
            throw new IllegalArgumentException("present + on leave + absent must equal expected");
        }
        hours = hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros();
    }

    /** Builds a tally from counts by status. */
    public static AttendanceTally of(int present, int onLeave, int absent, int pending, BigDecimal hours) {
        return new AttendanceTally(present + onLeave + absent, present, onLeave, absent, pending, hours);
    }

    /**
     * 出勤率: attended ÷ expected, as a percentage with one decimal; empty when no attendance was
     * taken (no activity yet is not 0 %). Leave counts as not attended, as the office counts it.
     */
    public Optional<BigDecimal> ratePercent() {
        if (expected == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(present).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
    }

    public AttendanceTally plus(AttendanceTally other) {
        return of(present + other.present, onLeave + other.onLeave, absent + other.absent, pending + other.pending,
                hours.add(other.hours));
    }
}
