package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentScoringTest {
    private static Indicator leaf(String max, ScoringRule rule, String parameter) {
        return Indicator.leaf(UUID.randomUUID(), null, 0, "指标", max, rule, parameter, AssessmentInput.ATTENDANCE_RATE);
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "present {1} of max {0} scores {2}")
    @CsvSource({"10, 1, 10.0", "10, 0, 0.0", "5, 2, 5.0", "10, , 10.0"})
    void fullMarksIfPresent(String max, String value, String score) {
        assertThat(AssessmentScoring.score(leaf(max, ScoringRule.FULL_IF_PRESENT, null), d(value))).isEqualTo(d(score));
    }

    @ParameterizedTest(name = "{1} occurrences at {2} each of {0} scores {3}")
    @CsvSource({"10, 0, 2, 10.0", "10, 1, 2, 8.0", "10, 4, 2, 2.0", "10, 5, 2, 0.0", "10, 6, 2, 0.0",
        "5, 1, 5, 0.0", "10, 3, 1.5, 5.5", "10, , 2, 10.0"})
    void deductPerOccurrenceFlooredAtZero(String max, String count, String perOccurrence, String score) {
        assertThat(AssessmentScoring.score(leaf(max, ScoringRule.DEDUCT_PER_OCCURRENCE, perOccurrence), d(count)))
                .isEqualTo(d(score));
    }

    @ParameterizedTest(name = "value {1} with full marks at {2} of {0} scores {3}")
    @CsvSource({"15, 1, 1, 15.0", "15, 0.9, 1, 13.5", "15, 0, 1, 0.0", "15, 0.333, 1, 5.0", "10, 12, 20, 6.0",
        "10, 25, 20, 10.0", "15, 86.5, 100, 13.0", "15, , 1, 15.0"})
    void proportionalToARateCappedAtFullMarks(String max, String value, String fullAt, String score) {
        assertThat(AssessmentScoring.score(leaf(max, ScoringRule.PROPORTIONAL, fullAt), d(value))).isEqualTo(d(score));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100, EXCELLENT", "90.0, EXCELLENT", "89.9, COMPETENT", "75, COMPETENT", "74.9, BASICALLY_COMPETENT",
        "60, BASICALLY_COMPETENT", "59.9, INCOMPETENT", "0, INCOMPETENT"})
    void defaultBandsAtTheirBoundaries(String total, Grade grade) {
        assertThat(GradeBands.DEFAULT.grade(d(total), false)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "sanctioned, {0} is {1}")
    @CsvSource({"100, BASICALLY_COMPETENT", "90, BASICALLY_COMPETENT", "75, BASICALLY_COMPETENT",
        "60, BASICALLY_COMPETENT", "59.9, INCOMPETENT"})
    void aSanctionCapsTheGradeAtBasicallyCompetent(String total, Grade grade) {
        assertThat(GradeBands.DEFAULT.grade(d(total), true)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "bands {0}/{1}/{2}: {3} is {4}")
    @CsvSource({"95, 80, 70, 94.9, COMPETENT", "95, 80, 70, 95, EXCELLENT", "95, 80, 70, 69.9, INCOMPETENT"})
    void editedBandsGradeByTheirBounds(String excellent, String competent, String basic, String total, Grade grade) {
        assertThat(new GradeBands(d(excellent), d(competent), d(basic)).grade(d(total), false)).isEqualTo(grade);
    }

    @Test
    void theAssessorsAverageReplacesTheComputedTotalLessDeductions() {
        List<AssessorScore> assessors = List.of(new AssessorScore("王芳", d("92")), new AssessorScore("刘静", d("89")),
                new AssessorScore("陈志强", d("90")));
        List<Deduction> deductions = List.of(new Deduction(d("2"), "笔记未完成"), new Deduction(d("0.5"), "迟到"));

        assertThat(AssessmentScoring.assessorAverage(assessors)).isEqualTo(d("90.3"));
        assertThat(AssessmentScoring.total(d("97.0"), assessors, deductions)).isEqualTo(d("87.8"));
    }

    @Test
    void withoutAssessorsTheComputedTotalCountsAndTheTotalIsNeverNegative() {
        assertThat(AssessmentScoring.total(d("80.0"), List.of(), List.of(new Deduction(d("5"), "x")))).isEqualTo(d("75.0"));
        assertThat(AssessmentScoring.total(d("3.0"), List.of(), List.of(new Deduction(d("5"), "x")))).isEqualTo(d("0.0"));
    }

    @Test
    void theSelfScoreIsKeptButDoesNotCount() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);
        AssessmentResult.Subject subject = new AssessmentResult.Subject(UUID.randomUUID(), UUID.randomUUID(), "城关分局",
                "李四", "LS", "360821********0191", "所长");
        AssessmentEntry entry = new AssessmentEntry(2025, subject.cadreId(), d("99"), List.of(), List.of(), 0);

        AssessmentResult result = AssessmentResult.compute(2025, subject, scheme.leaves(), input -> null, 0, entry,
                scheme.bands());

        assertThat(result.selfScore()).isEqualTo(d("99.0"));
        assertThat(result.total()).isEqualTo(d("100.0"));
        assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void aSanctionedCadreWithFullMarksIsBasicallyCompetent() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);
        AssessmentResult.Subject subject = new AssessmentResult.Subject(UUID.randomUUID(), UUID.randomUUID(), "城关分局",
                "李四", "LS", "360821********0191", "所长");

        AssessmentResult result = AssessmentResult.compute(2025, subject, scheme.leaves(),
                input -> input == AssessmentInput.SANCTIONS ? BigDecimal.ONE : null, 1, null, scheme.bands());

        assertThat(result.total()).isEqualTo(d("95.0"));
        assertThat(result.grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
    }
}
