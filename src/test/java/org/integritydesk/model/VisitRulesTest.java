package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    private static VisitDraft visit(String responsible, VisitFinding... findings) {
        return new VisitDraft(TODAY, VisitKind.UNANNOUNCED, UUID.randomUUID(), MonitoringGroup.CONDUCT, "王芳、刘静",
                responsible, null, List.of(findings));
    }

    @Test
    void acceptsAVisitThatFoundNothing() {
        assertThat(VisitRules.check(visit(null, VisitFinding.none(InspectionArea.CIVIL_SERVICE)), TODAY)).isEmpty();
    }

    @Test
    void aProblemNeedsADescriptionSeverityMeasuresAndDeadline() {
        VisitFinding bare = VisitFinding.problem(InspectionArea.WORK_EFFICIENCY, "", null, null, null, null);
        assertThat(VisitRules.check(visit("李明", bare), TODAY)).extracting(FieldError::messageKey)
                .containsExactly("validation.visit.problemDescription");
    }

    @Test
    void aProblemNeedsTheUnitsResponsiblePerson() {
        VisitFinding found = VisitFinding.problem(InspectionArea.WORK_EFFICIENCY, "窗口无人值守", null,
                ProblemSeverity.INCIPIENT, "落实值班制度", TODAY.plusDays(15));
        assertThat(VisitRules.check(visit(" ", found), TODAY)).extracting(FieldError::field)
                .containsExactly("responsiblePerson");
        assertThat(VisitRules.check(visit("李明", found), TODAY)).isEmpty();
    }

    @Test
    void refusesADeadlineBeforeTheVisit() {
        VisitFinding found = VisitFinding.problem(InspectionArea.INTEGRITY, "收受礼品", null, ProblemSeverity.TENDENCY,
                "退还礼品", TODAY.minusDays(1));
        assertThat(VisitRules.check(visit("李明", found), TODAY)).extracting(FieldError::messageKey)
                .containsExactly("validation.rectification.deadlineBeforeFound");
    }

    @Test
    void refusesAVisitWithoutAreasOrWithAnAreaTwice() {
        assertThat(VisitRules.check(visit(null), TODAY)).extracting(FieldError::field).containsExactly("findings");
        assertThat(VisitRules.check(visit(null, VisitFinding.none(InspectionArea.INTEGRITY),
                VisitFinding.none(InspectionArea.INTEGRITY)), TODAY)).extracting(FieldError::messageKey)
                .containsExactly("validation.visit.areaTwice");
    }
}
