package org.integritydesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 问题整改分析: the ledger items found in a period, counted by area (the four inspection areas and
 * 其他), by severity (问题性质), by source and by unit, with the units holding most open items and the
 * share rectified on time. Built by the service from the counts the database groups.
 *
 * @param period   the finding dates covered
 * @param today    the day overdue and on-time were judged on
 * @param total    every item of the period
 * @param byArea   one row per {@link ProblemCategory}, in enum order, zero rows included
 * @param bySeverity one row per {@link ProblemSeverity}, in enum order
 * @param bySource one row per {@link ProblemSource}, in enum order
 * @param byUnit   one row per unit with items, most items first
 * @param mostOpen up to {@value #MOST_OPEN} units with open items, most open first
 */
public record ProblemAnalysis(AnalysisPeriod period, LocalDate today, Counts total, List<Row<ProblemCategory>> byArea,
        List<Row<ProblemSeverity>> bySeverity, List<Row<ProblemSource>> bySource, List<UnitRow> byUnit,
        List<UnitRow> mostOpen) {
    public static final int MOST_OPEN = 5;

    public ProblemAnalysis {
        byArea = List.copyOf(byArea);
        bySeverity = List.copyOf(bySeverity);
        bySource = List.copyOf(bySource);
        byUnit = List.copyOf(byUnit);
        mostOpen = List.copyOf(mostOpen);
    }

    /** One row: what it counts and the counts. */
    public record Row<K>(K key, Counts counts) {
    }

    /** One unit's row. */
    public record UnitRow(UUID unitId, String unitCode, String unitName, Counts counts) {
    }

    /**
     * Counts of some items.
     *
     * @param items     all of them
     * @param open      still waiting (待整改, 整改中, 重新打开)
     * @param overdue   waiting with the deadline passed
     * @param rectified 已整改 or 已销号
     * @param closed    已销号
     * @param onTime    rectified on or before the deadline ({@link Timeliness#ON_TIME})
     * @param late      {@link Timeliness#LATE}
     */
    public record Counts(long items, long open, long overdue, long rectified, long closed, long onTime, long late) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        /** {@code n} items of one status and timeliness. */
        public static Counts of(RectificationStatus status, Timeliness timeliness, boolean overdue, long n) {
            return new Counts(n, status.isPending() ? n : 0, status.isPending() && overdue ? n : 0,
                    status.isPending() ? 0 : n, status == RectificationStatus.VERIFIED ? n : 0,
                    timeliness == Timeliness.ON_TIME ? n : 0, timeliness == Timeliness.LATE ? n : 0);
        }

        public Counts plus(Counts o) {
            return new Counts(items + o.items, open + o.open, overdue + o.overdue, rectified + o.rectified,
                    closed + o.closed, onTime + o.onTime, late + o.late);
        }

        /**
         * 按期整改率: on time ÷ (on time + late), a percentage with one decimal; empty while no item
         * has been judged (none rectified and none past its deadline).
         */
        public Optional<BigDecimal> onTimePercent() {
            long judged = onTime + late;
            if (judged == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP));
        }
    }
}
