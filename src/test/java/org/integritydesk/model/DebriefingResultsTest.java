package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Single entry, double entry agreeing or not, rulings, quorum: when is a cadre's result final and counted. */
class DebriefingResultsTest {
    private final UUID sessionId = UUID.randomUUID();
    private final ReportingCadre zhang = new ReportingCadre(UUID.randomUUID(), sessionId, UUID.randomUUID(), "张三",
            "城关分局", "局长", ReportingCategory.SUB_BUREAU_DIRECTOR, 1);
    private final BallotTally good = BallotTally.of(zhang.id(), 40, 38, 0, 30, 6, 2, 0);
    private final BallotTally typo = BallotTally.of(zhang.id(), 40, 38, 0, 31, 5, 2, 0);

    private DebriefingSession session(boolean doubleEntry, int expected) {
        return new DebriefingSession(sessionId, "SZ-2025-01", 2025, LocalDate.of(2025, 12, 18), "县局会议室",
                UUID.randomUUID(), "吉安县市场监督管理局", SatisfactionFormula.DEFAULT, expected, doubleEntry,
                RecordStamp.NEW);
    }

    private static TallyEntry entry(EntryRound round, BallotTally t) {
        return new TallyEntry(round, round == EntryRound.FIRST ? "a" : "b", java.time.Instant.EPOCH, t);
    }

    private CadreBallotResult result(DebriefingSession s, TallyEntry... entries) {
        return DebriefingResults.of(s, List.of(zhang), List.of(entries)).get(0);
    }

    @Test
    void oneEntryIsFinalWhenTheSessionAsksForOne() {
        CadreBallotResult r = result(session(false, 40), entry(EntryRound.FIRST, good));
        assertThat(r.state()).isEqualTo(EntryState.SINGLE);
        assertThat(r.satisfaction()).isEqualTo(new BigDecimal("86.84"));
    }

    @Test
    void withDoubleEntryOneEntryWaitsForTheSecond() {
        CadreBallotResult r = result(session(true, 40), entry(EntryRound.FIRST, good));
        assertThat(r.state()).isEqualTo(EntryState.AWAITING_SECOND);
        assertThat(r.satisfaction()).isNull();
        assertThat(DebriefingResults.isFinal(List.of(r))).isFalse();
    }

    @Test
    void twoAgreeingEntriesAreFinal() {
        CadreBallotResult r = result(session(true, 40), entry(EntryRound.FIRST, good), entry(EntryRound.SECOND, good));
        assertThat(r.state()).isEqualTo(EntryState.AGREED);
        assertThat(r.finalTally()).isEqualTo(good);
        assertThat(DebriefingResults.isFinal(List.of(r))).isTrue();
    }

    @Test
    void twoDifferingEntriesShowEveryMismatchAndAreNotFinal() {
        CadreBallotResult r = result(session(true, 40), entry(EntryRound.FIRST, good), entry(EntryRound.SECOND, typo));
        assertThat(r.state()).isEqualTo(EntryState.MISMATCH);
        assertThat(r.mismatches()).containsExactly(BallotField.SATISFIED, BallotField.BASICALLY_SATISFIED);
        assertThat(r.finalTally()).isNull();
        assertThat(r.satisfaction()).isNull();
    }

    @Test
    void anInspectorsRulingIsFinal() {
        CadreBallotResult r = result(session(true, 40), entry(EntryRound.FIRST, good), entry(EntryRound.SECOND, typo),
                entry(EntryRound.RESOLVED, typo));
        assertThat(r.state()).isEqualTo(EntryState.RESOLVED);
        assertThat(r.finalTally()).isEqualTo(typo);
        assertThat(r.satisfaction()).isEqualTo(new BigDecimal("88.16"));
    }

    @Test
    void aFinalResultWithoutAQuorumDoesNotCount() {
        // 38 returned of 76 expected: exactly half, not more
        CadreBallotResult r = result(session(false, 76), entry(EntryRound.FIRST, good));
        assertThat(r.state().isFinal()).isTrue();
        assertThat(r.quorum()).isFalse();
        assertThat(r.counts()).isFalse();
        CadreBallotResult justEnough = result(session(false, 75), entry(EntryRound.FIRST, good));
        assertThat(justEnough.quorum()).isTrue();
        assertThat(justEnough.counts()).isTrue();
    }

    @Test
    void noCadreNoFinalResult() {
        assertThat(DebriefingResults.isFinal(List.of())).isFalse();
        assertThat(result(session(false, 40)).state()).isEqualTo(EntryState.NOT_ENTERED);
    }
}
