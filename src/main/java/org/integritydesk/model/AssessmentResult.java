package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cadre's computed assessment of a year as stored (the snapshot a closed year reprints from): the
 * cadre's name, unit and position as they were, each leaf's input value (null: missing) and score in
 * the order of the run's leaves, and the totals.
 *
 * @param maskedId   the ID number, masked (first 6 and last 4)
 * @param sanctions  the sanctions of the year; any caps the grade at 基本称职
 */
public record AssessmentResult(int year, UUID cadreId, UUID unitId, String unitName, String cadreName, String sortKey,
        String maskedId, String position, List<BigDecimal> values, List<BigDecimal> scores, BigDecimal computedTotal,
        BigDecimal selfScore, BigDecimal assessorAverage, BigDecimal deductionTotal, BigDecimal total, Grade grade,
        int sanctions) {
    public AssessmentResult {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        scores = List.copyOf(scores);
    }

    /** The cadre whose year is scored, as the result records them. */
    public record Subject(UUID cadreId, UUID unitId, String unitName, String cadreName, String sortKey, String maskedId,
            String position) {
    }

    /**
     * Scores a cadre: each leaf from its input value (missing: full marks), the computed total, then
     * the entered scores and deductions, the total and the grade with the sanction cap.
     *
     * @param valueOf a leaf's input value for this cadre, null when missing
     */
    public static AssessmentResult compute(int year, Subject subject, List<Indicator> leaves,
            java.util.function.Function<AssessmentInput, BigDecimal> valueOf, int sanctions, AssessmentEntry entry,
            GradeBands bands) {
        List<BigDecimal> values = new ArrayList<>(leaves.size());
        List<BigDecimal> scores = new ArrayList<>(leaves.size());
        for (Indicator leaf : leaves) {
            BigDecimal value = valueOf.apply(leaf.input());
            values.add(value);
            scores.add(AssessmentScoring.score(leaf, value));
        }
        return new AssessmentResult(year, subject.cadreId(), subject.unitId(), subject.unitName(),
                subject.cadreName(), subject.sortKey(), subject.maskedId(), subject.position(), values, scores,
                AssessmentScoring.sum(scores), null, null, BigDecimal.ZERO.setScale(1), null, null, sanctions)
                .withEntry(entry, bands);
    }

    /** This result with the entered scores applied again (after the self or assessors' scores changed). */
    public AssessmentResult withEntry(AssessmentEntry entry, GradeBands bands) {
        AssessmentEntry e = entry == null ? AssessmentEntry.empty(year, cadreId) : entry;
        BigDecimal total = AssessmentScoring.total(computedTotal, e.assessorScores(), e.deductions());
        return new AssessmentResult(year, cadreId, unitId, unitName, cadreName, sortKey, maskedId, position, values,
                scores, computedTotal, e.selfScore() == null ? null : AssessmentScoring.scaled(e.selfScore()),
                AssessmentScoring.assessorAverage(e.assessorScores()), AssessmentScoring.deductionTotal(e.deductions()),
                total, bands.grade(total, sanctions > 0), sanctions);
    }
}
