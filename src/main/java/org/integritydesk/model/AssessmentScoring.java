package org.integritydesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of the annual assessment (DOMAIN.md "Assessment"). Scores have one decimal,
 * rounded half up.
 *
 * <p>A missing input (no record of that kind for the cadre, or no feature supplying the input at
 * all) scores full marks: the assessment deducts for what the records show, never for what they do
 * not hold (docs/decisions/assessment-missing-inputs.md).
 *
 * <p>The total: the assessors' average when any assessor scored, else the computed total (the sum of
 * the leaves' scores); less every deduction; never below 0. The self score is kept and printed but
 * does not count.
 */
public final class AssessmentScoring {
    private AssessmentScoring() {
    }

    /** A leaf's score for its input value; {@code value} null means missing (full marks). */
    public static BigDecimal score(Indicator leaf, BigDecimal value) {
        BigDecimal max = leaf.maxScore();
        if (value == null) {
            return scaled(max);
        }
        BigDecimal score = switch (leaf.rule()) {
            case FULL_IF_PRESENT -> value.signum() > 0 ? max : BigDecimal.ZERO;
            case DEDUCT_PER_OCCURRENCE -> max.subtract(leaf.parameter().multiply(value.max(BigDecimal.ZERO)))
                    .max(BigDecimal.ZERO);
            case PROPORTIONAL -> max.multiply(value.max(BigDecimal.ZERO)).divide(leaf.parameter(), 4, RoundingMode.HALF_UP)
                    .min(max);
        };
        return scaled(score);
    }

    public static BigDecimal sum(List<BigDecimal> scores) {
        return scaled(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The assessors' average, null when no assessor scored. */
    public static BigDecimal assessorAverage(List<AssessorScore> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().map(AssessorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal deductionTotal(List<Deduction> deductions) {
        return scaled(deductions.stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The total that the grade reads. */
    public static BigDecimal total(BigDecimal computedTotal, List<AssessorScore> assessors, List<Deduction> deductions) {
        BigDecimal average = assessorAverage(assessors);
        BigDecimal base = average == null ? computedTotal : average;
        return scaled(base.subtract(deductionTotal(deductions)).max(BigDecimal.ZERO));
    }

    public static BigDecimal scaled(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
