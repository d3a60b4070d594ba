package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 述职述廉 session: where and when the reporting cadres report to the representatives, which unit
 * organises it, how many voters are expected (the quorum counts from them), the satisfaction formula its
 * ballot uses, and whether the returned ballots are entered twice by two people.
 *
 * @param number SZ-2025-01, unique
 * @param year   the year the session belongs to (its date's year)
 */
public record DebriefingSession(UUID id, String number, int year, LocalDate date, String place,
        UUID organisingUnitId, String organisingUnitName, SatisfactionFormula formula, int expectedVoters,
        boolean doubleEntry, RecordStamp stamp) {

    public int version() {
        return stamp.version();
    }
}
