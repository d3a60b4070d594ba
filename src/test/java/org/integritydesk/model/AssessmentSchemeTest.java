package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessmentSchemeTest {
    @Test
    void theDefaultSchemeTotals100AndPassesItsChecks() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);

        assertThat(scheme.maxTotal()).isEqualByComparingTo("100");
        assertThat(scheme.check()).isEmpty();
        assertThat(scheme.leaves()).extracting(Indicator::input).containsExactlyInAnyOrder(AssessmentInput.values());
    }

    @Test
    void aCategoryIsWorthTheSumOfItsLeavesAndComesBeforeThemInTreeOrder() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);
        Indicator education = scheme.inTreeOrder().get(0);

        assertThat(education.name()).isEqualTo("廉政教育");
        assertThat(scheme.maxOf(education)).isEqualByComparingTo("25");
        assertThat(scheme.depth(education)).isZero();
        assertThat(scheme.inTreeOrder().get(1).name()).isEqualTo("教育活动出勤率");
        assertThat(scheme.depth(scheme.inTreeOrder().get(1))).isEqualTo(1);
    }

    @Test
    void copyingToANewYearKeepsTheTreeWithNewIds() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);

        AssessmentScheme copy = scheme.copyTo(2026);

        assertThat(copy.year()).isEqualTo(2026);
        assertThat(copy.inTreeOrder()).extracting(Indicator::name)
                .containsExactlyElementsOf(scheme.inTreeOrder().stream().map(Indicator::name).toList());
        assertThat(copy.inTreeOrder()).extracting(scheme::depth).isNotNull();
        assertThat(copy.indicators()).extracting(Indicator::id)
                .doesNotContainAnyElementsOf(scheme.indicators().stream().map(Indicator::id).toList());
        assertThat(copy.maxTotal()).isEqualByComparingTo(scheme.maxTotal());
        assertThat(copy.check()).isEmpty();
    }

    @Test
    void refusesALeafWithoutMaximumOrParameter() {
        UUID category = UUID.randomUUID();
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.category(category, 0, "廉政教育"));
        indicators.add(new Indicator(UUID.randomUUID(), category, 0, "出勤率", BigDecimal.ZERO, ScoringRule.PROPORTIONAL,
                null, AssessmentInput.ATTENDANCE_RATE));

        List<FieldError> errors = new AssessmentScheme(2025, indicators, GradeBands.DEFAULT).check();

        assertThat(errors).extracting(FieldError::messageKey)
                .contains("validation.assessment.maxScore", "validation.assessment.parameter");
    }

    @Test
    void refusesBandsOutOfOrderOrAboveTheTotal() {
        AssessmentScheme scheme = DefaultAssessmentScheme.forYear(2025);

        assertThat(new AssessmentScheme(2025, scheme.indicators(), new GradeBands(new BigDecimal("70"),
                new BigDecimal("75"), new BigDecimal("60"))).check()).extracting(FieldError::messageKey)
                .containsExactly("validation.assessment.bandsOrder");
        assertThat(new AssessmentScheme(2025, scheme.indicators(), new GradeBands(new BigDecimal("120"),
                new BigDecimal("75"), new BigDecimal("60"))).check()).extracting(FieldError::messageKey)
                .containsExactly("validation.assessment.bandsRange");
    }

    @Test
    void refusesALeafUnderALeafAndASchemeWithoutLeaves() {
        UUID leaf = UUID.randomUUID();
        List<Indicator> indicators = List.of(
                Indicator.leaf(leaf, null, 0, "出勤率", "10", ScoringRule.PROPORTIONAL, "1", AssessmentInput.ATTENDANCE_RATE),
                Indicator.leaf(UUID.randomUUID(), leaf, 0, "学时", "10", ScoringRule.PROPORTIONAL, "20",
                        AssessmentInput.EDUCATION_HOURS));

        assertThat(new AssessmentScheme(2025, indicators, GradeBands.DEFAULT).check()).extracting(FieldError::messageKey)
                .contains("validation.assessment.parentNotCategory");
        assertThat(new AssessmentScheme(2025, List.of(Indicator.category(UUID.randomUUID(), 0, "空")),
                GradeBands.DEFAULT).check()).extracting(FieldError::messageKey).contains("validation.assessment.noIndicators");
    }

    @Test
    void aSanctionNeedsItsDocumentNumberAndADateNotInTheFuture() {
        SanctionDraft draft = new SanctionDraft(UUID.randomUUID(), java.time.LocalDate.of(2025, 4, 1),
                SanctionKind.WARNING, " ", null);

        assertThat(draft.check(java.time.LocalDate.of(2025, 3, 15))).extracting(FieldError::field)
                .containsExactly("date", "documentNumber");
    }
}
