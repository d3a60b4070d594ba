package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What people enter for a cadre's year: the self score, the assessors' scores, deductions with notes. */
public record AssessmentEntry(int year, UUID cadreId, BigDecimal selfScore, List<AssessorScore> assessorScores,
        List<Deduction> deductions) {
    public AssessmentEntry {
        assessorScores = List.copyOf(assessorScores);
        deductions = List.copyOf(deductions);
    }

    public static AssessmentEntry empty(int year, UUID cadreId) {
        return new AssessmentEntry(year, cadreId, null, List.of(), List.of());
    }
}
