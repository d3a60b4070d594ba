package org.integritydesk.model;

import java.time.Instant;

/** One entered tally: which entry round, who entered it and when. */
public record TallyEntry(EntryRound round, String enteredBy, Instant enteredAt, BallotTally tally) {
}
