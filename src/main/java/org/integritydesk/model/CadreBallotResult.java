package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One reporting cadre's result: the entries, whether they agree, the final tally, the quorum and the
 * satisfaction by the session's formula (null while not final, without a quorum, or without valid ballots).
 */
public record CadreBallotResult(ReportingCadre cadre, EntryState state, BallotTally first, BallotTally second,
        BallotTally finalTally, List<BallotField> mismatches, boolean quorum, BigDecimal satisfaction) {
    public CadreBallotResult {
        mismatches = List.copyOf(mismatches);
    }

    /** Whether the cadre's satisfaction counts (final, quorum, valid ballots). */
    public boolean counts() {
        return satisfaction != null;
    }
}
