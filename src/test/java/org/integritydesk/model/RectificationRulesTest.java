package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RectificationRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private static final UUID UNIT = UUID.randomUUID();

    static RectificationDraft valid() {
        return new RectificationDraft(ProblemSource.SELF_INSPECTION, UNIT, null, ProblemCategory.WORK_EFFICIENCY,
                ProblemSeverity.MINOR_VIOLATION, ProblemResponse.TALK_EDUCATION, "窗口人员迟到", TODAY,
                "加强考勤管理", UNIT, "李明", TODAY.plusDays(30), null);
    }

    private static RectificationDraft with(LocalDate found, LocalDate deadline, ProblemResponse response,
            LocalDate returnVisit) {
        RectificationDraft d = valid();
        return new RectificationDraft(d.source(), d.unitId(), null, d.category(), d.severity(), response,
                d.description(), found, d.measures(), d.responsibleUnitId(), d.responsiblePerson(), deadline, returnVisit);
    }

    @Test
    void acceptsACompleteItem() {
        assertThat(RectificationRules.check(valid(), TODAY)).isEmpty();
    }

    @Test
    void refusesADeadlineBeforeTheFindingDate() {
        assertThat(RectificationRules.check(with(TODAY, TODAY.minusDays(1), ProblemResponse.TALK_EDUCATION, null), TODAY))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("deadline",
                        "validation.rectification.deadlineBeforeFound"));
    }

    @Test
    void acceptsADeadlineOnTheFindingDate() {
        assertThat(RectificationRules.check(with(TODAY, TODAY, ProblemResponse.TALK_EDUCATION, null), TODAY)).isEmpty();
    }

    @Test
    void refusesAFindingDateInTheFuture() {
        assertThat(RectificationRules.check(with(TODAY.plusDays(1), TODAY.plusDays(9), ProblemResponse.TALK_EDUCATION,
                null), TODAY)).extracting(FieldError::field).containsExactly("foundOn");
    }

    @Test
    void returnVisitEducationNeedsAReturnVisitDate() {
        assertThat(RectificationRules.check(with(TODAY, TODAY.plusDays(9), ProblemResponse.RETURN_VISIT_EDUCATION, null),
                TODAY)).extracting(FieldError::messageKey).containsExactly("validation.rectification.returnVisitRequired");
        assertThat(RectificationRules.check(with(TODAY, TODAY.plusDays(9), ProblemResponse.RETURN_VISIT_EDUCATION,
                TODAY.plusMonths(3)), TODAY)).isEmpty();
    }

    @Test
    void refusesBlankRequiredFields() {
        RectificationDraft empty = new RectificationDraft(null, null, null, null, null, null, " ", null, "", null, null,
                null, null);
        assertThat(RectificationRules.check(empty, TODAY)).extracting(FieldError::field).containsExactly("source",
                "unit", "category", "severity", "response", "description", "foundOn", "measures", "responsibleUnit",
                "responsiblePerson", "deadline");
    }
}
