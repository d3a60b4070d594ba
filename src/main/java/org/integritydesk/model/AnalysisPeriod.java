package org.integritydesk.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period a 问题整改分析 covers: the items found (发现日期) from {@code from} to {@code to}, both
 * days included. A year by default.
 */
public record AnalysisPeriod(LocalDate from, LocalDate to) {
    /** The longest period one analysis covers: ten years. */
    public static final int MAX_DAYS = 3660;

    public static AnalysisPeriod ofYear(int year) {
        return new AnalysisPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the period is one whole calendar year. */
    public boolean isWholeYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }

    /**
     * Why these dates make no period (a message key), or empty: both needed, from not after to, at
     * most {@value #MAX_DAYS} days.
     */
    public static Optional<String> refusal(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.of("analysis.period.missing");
        }
        if (from.isAfter(to)) {
            return Optional.of("analysis.period.reversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            return Optional.of("analysis.period.tooLong");
        }
        return Optional.empty();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
