package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What people enter for a cadre's year: the self score, the assessors' scores, deductions with notes.
 * {@code version} is the stored entry's this one was based on (0: none was stored yet): a save based on
 * an older version than the stored one is refused, naming who saved it (several users on a server).
 */
public record AssessmentEntry(int year, UUID cadreId, BigDecimal selfScore, List<AssessorScore> assessorScores,
        List<Deduction> deductions, int version) {
    public AssessmentEntry {
        assessorScores = List.copyOf(assessorScores);
        deductions = List.copyOf(deductions);
    }

    public static AssessmentEntry empty(int year, UUID cadreId) {
        return new AssessmentEntry(year, cadreId, null, List.of(), List.of(), 0);
    }
}
