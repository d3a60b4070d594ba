package org.integritydesk.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a session's entries into each cadre's result: single entry is final when the session does not
 * ask for double entry; with double entry the result is final only when both entries agree field by
 * field or an inspector has ruled; a final tally counts only with a quorum of the expected voters.
 */
public final class DebriefingResults {
    private DebriefingResults() {
    }

    public static List<CadreBallotResult> of(DebriefingSession session, List<ReportingCadre> cadres,
            List<TallyEntry> entries) {
        Map<UUID, Map<EntryRound, BallotTally>> byCadre = new HashMap<>();
        for (TallyEntry e : entries) {
            byCadre.computeIfAbsent(e.tally().reportingCadreId(), k -> new EnumMap<>(EntryRound.class))
                    .put(e.round(), e.tally());
        }
        List<CadreBallotResult> results = new ArrayList<>();
        for (ReportingCadre c : cadres) {
            Map<EntryRound, BallotTally> mine = byCadre.getOrDefault(c.id(), Map.of());
            BallotTally first = mine.get(EntryRound.FIRST);
            BallotTally second = mine.get(EntryRound.SECOND);
            BallotTally ruled = mine.get(EntryRound.RESOLVED);
            List<BallotField> mismatches = first != null && second != null ? BallotRules.mismatches(first, second)
                    : List.of();
            EntryState state;
            BallotTally chosen = null;
            if (ruled != null) {
                state = EntryState.RESOLVED;
                chosen = ruled;
            } else if (first == null) {
                state = EntryState.NOT_ENTERED;
            } else if (!session.doubleEntry()) {
                state = EntryState.SINGLE;
                chosen = first;
            } else if (second == null) {
                state = EntryState.AWAITING_SECOND;
            } else if (mismatches.isEmpty()) {
                state = EntryState.AGREED;
                chosen = first;
            } else {
                state = EntryState.MISMATCH;
            }
            boolean quorum = chosen != null && BallotRules.hasQuorum(chosen.returned(), session.expectedVoters());
            java.math.BigDecimal satisfaction = chosen == null ? null
                    : BallotRules.countedSatisfaction(chosen, session.formula(), session.expectedVoters()).orElse(null);
            results.add(new CadreBallotResult(c, state, first, second, chosen, mismatches, quorum, satisfaction));
        }
        return results;
    }

    /** Whether every cadre of the session has a final result (and there is at least one cadre). */
    public static boolean isFinal(List<CadreBallotResult> results) {
        return !results.isEmpty() && results.stream().allMatch(r -> r.state().isFinal());
    }
}
