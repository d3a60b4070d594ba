package org.integritydesk.model;

import java.time.LocalDate;

/**
 * What turning a debriefing comment into a ledger item asks for beyond the comment itself: the kind and
 * severity of the problem, the measures, who is responsible and by when. The problem is the comment's
 * question, found on the session's date, of the reporting cadre's unit (the organising unit when the
 * comment was put to nobody in particular).
 */
public record LedgerRequest(ProblemCategory category, ProblemSeverity severity, String measures,
        String responsiblePerson, LocalDate deadline) {
}
