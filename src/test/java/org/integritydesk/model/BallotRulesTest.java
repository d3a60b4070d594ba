package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ballot arithmetic of DOMAIN.md "Ballots" at its boundaries. */
class BallotRulesTest {
    private static final UUID CADRE = UUID.randomUUID();

    @ParameterizedTest(name = "[{index}] issued {0} returned {1} void {2}, {3}/{4}/{5}/{6}/{7}/{8} -> {9}")
    @CsvSource({
        // issued, returned, void, sat, fairly, basic, less, unsat, abstain, formula, error (- = none)
        "40, 40, 0, 30, 0, 8, 0, 2, 0, DEFAULT, -",
        "40, 39, 1, 30, 0, 6, 0, 2, 0, DEFAULT, -",
        "40, 41, 0, 31, 0, 8, 0, 2, 0, DEFAULT, validation.ballot.returnedOverIssued",
        "0, 0, 0, 0, 0, 0, 0, 0, 0, DEFAULT, -",
        "40, 39, 1, 30, 0, 6, 0, 2, 1, DEFAULT, validation.ballot.sumMismatch",
        "40, 39, 1, 30, 0, 6, 0, 1, 0, DEFAULT, validation.ballot.sumMismatch",
        "40, 39, 0, 30, 0, 6, 0, 2, 1, DEFAULT, -",
        "40, 39, 0, 30, 1, 6, 0, 2, 0, DEFAULT, validation.ballot.choiceNotOffered",
        "40, 39, 0, 30, 0, 6, 1, 2, 0, DEFAULT, validation.ballot.choiceNotOffered",
        "40, 39, 0, 30, 1, 5, 1, 2, 0, WEIGHTED, -",
        "40, 39, -1, 30, 0, 8, 0, 2, 0, DEFAULT, validation.ballot.negative",
        "10001, 0, 0, 0, 0, 0, 0, 0, 0, DEFAULT, validation.ballot.tooMany",
        "10000, 10000, 10000, 0, 0, 0, 0, 0, 0, DEFAULT, -",
    })
    void checksATally(int issued, int returned, int voided, int sat, int fairly, int basic, int less, int unsat,
            int abstain, SatisfactionFormula formula, String error) {
        BallotTally t = new BallotTally(CADRE, issued, returned, voided, sat, fairly, basic, less, unsat, abstain);
        List<FieldError> errors = BallotRules.check(t, formula);
        if (error.equals("-")) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(FieldError::messageKey).containsExactly(error);
        }
    }

    @Test
    void returnedOverIssuedNamesBothCounts() {
        FieldError e = BallotRules.check(BallotTally.of(CADRE, 10, 11, 0, 11, 0, 0, 0), SatisfactionFormula.DEFAULT).get(0);
        assertThat(e.args()).containsExactly(11, 10);
        assertThat(e.field()).isEqualTo("RETURNED");
    }

    @ParameterizedTest(name = "[{index}] returned {0} of {1} expected -> quorum {2}")
    @CsvSource({
        "5, 10, false", "6, 10, true", "5, 11, false", "6, 11, true", "0, 0, false", "1, 1, true", "0, 1, false",
        "20, 40, false", "21, 40, true",
    })
    void quorumIsMoreThanHalfOfThoseExpected(int returned, int expected, boolean quorum) {
        assertThat(BallotRules.hasQuorum(returned, expected)).isEqualTo(quorum);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}/{2}/{3}/{4}/{5} abstain {6} -> {7}")
    @CsvSource({
        "DEFAULT, 40, 0, 5, 0, 1, 0, 92.39",
        "DEFAULT, 46, 0, 0, 0, 0, 0, 100.00",
        "DEFAULT, 0, 0, 46, 0, 0, 0, 50.00",
        "DEFAULT, 0, 0, 0, 0, 46, 0, 0.00",
        "DEFAULT, 1, 0, 0, 0, 0, 1, 50.00",
        "DEFAULT, 2, 0, 1, 0, 0, 0, 83.33",
        "WEIGHTED, 1, 1, 1, 1, 1, 0, 54.00",
        "WEIGHTED, 1, 1, 1, 1, 1, 1, 45.00",
        "WEIGHTED, 0, 3, 0, 0, 0, 0, 80.00",
        "WEIGHTED, 0, 0, 0, 2, 1, 0, 20.00",
        "WEIGHTED, 2, 0, 0, 0, 1, 0, 66.67",
    })
    void satisfactionByEachFormula(SatisfactionFormula formula, int sat, int fairly, int basic, int less, int unsat,
            int abstain, String percent) {
        int valid = sat + fairly + basic + less + unsat + abstain;
        BallotTally t = new BallotTally(CADRE, valid, valid, 0, sat, fairly, basic, less, unsat, abstain);
        assertThat(formula.satisfaction(t)).contains(new BigDecimal(percent));
    }

    @Test
    void noValidBallotMeansNoSatisfaction() {
        BallotTally allVoid = BallotTally.of(CADRE, 10, 6, 6, 0, 0, 0, 0);
        assertThat(SatisfactionFormula.DEFAULT.satisfaction(allVoid)).isEmpty();
        assertThat(SatisfactionFormula.WEIGHTED.satisfaction(allVoid)).isEmpty();
    }

    @Test
    void withoutAQuorumTheSatisfactionDoesNotCount() {
        BallotTally half = BallotTally.of(CADRE, 40, 20, 0, 20, 0, 0, 0);
        assertThat(BallotRules.countedSatisfaction(half, SatisfactionFormula.DEFAULT, 40)).isEmpty();
        BallotTally more = BallotTally.of(CADRE, 40, 21, 0, 21, 0, 0, 0);
        assertThat(BallotRules.countedSatisfaction(more, SatisfactionFormula.DEFAULT, 40))
                .contains(new BigDecimal("100.00"));
    }

    @Test
    void theTwoEntriesDifferInTheFieldsThatDiffer() {
        BallotTally a = BallotTally.of(CADRE, 40, 38, 1, 30, 5, 2, 0);
        BallotTally b = BallotTally.of(CADRE, 40, 38, 1, 29, 6, 2, 0);
        assertThat(BallotRules.mismatches(a, b)).containsExactly(BallotField.SATISFIED, BallotField.BASICALLY_SATISFIED);
        assertThat(BallotRules.mismatches(a, a)).isEmpty();
    }

    @Test
    void theWeightedFormulaOffersFiveBoxesAndTheDefaultThree() {
        assertThat(SatisfactionFormula.DEFAULT.choices()).containsExactly(BallotChoice.SATISFIED,
                BallotChoice.BASICALLY_SATISFIED, BallotChoice.UNSATISFIED);
        assertThat(SatisfactionFormula.WEIGHTED.choices()).extracting(BallotChoice::weight)
                .containsExactly(100, 80, 60, 30, 0);
    }
}
