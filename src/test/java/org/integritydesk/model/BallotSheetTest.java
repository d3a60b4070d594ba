package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entry ballot by ballot: typed lines become each cadre's tally. */
class BallotSheetTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void linesBecomeTotalsPerCadre() {
        List<FieldError> errors = new ArrayList<>();
        List<BallotTally> tallies = BallotSheet.totals(5, List.of("1 1 2", "123", "", "X", "1 0 3"), List.of(a, b, c),
                SatisfactionFormula.DEFAULT, errors);
        assertThat(errors).isEmpty();
        assertThat(tallies).containsExactly(
                BallotTally.of(a, 5, 4, 1, 3, 0, 0, 0),
                BallotTally.of(b, 5, 4, 1, 1, 1, 0, 1),
                BallotTally.of(c, 5, 4, 1, 0, 1, 2, 0));
        tallies.forEach(t -> assertThat(BallotRules.check(t, SatisfactionFormula.DEFAULT)).isEmpty());
    }

    @Test
    void theWeightedBallotNumbersItsFiveBoxes() {
        List<FieldError> errors = new ArrayList<>();
        List<BallotTally> tallies = BallotSheet.totals(3, List.of("5", "2", "4"), List.of(a),
                SatisfactionFormula.WEIGHTED, errors);
        assertThat(tallies).containsExactly(new BallotTally(a, 3, 3, 0, 0, 1, 0, 1, 1, 0));
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndNothingIsCounted() {
        List<FieldError> errors = new ArrayList<>();
        List<BallotTally> tallies = BallotSheet.totals(5, List.of("11", "14", "1"), List.of(a, b),
                SatisfactionFormula.DEFAULT, errors);
        assertThat(tallies).isEmpty();
        assertThat(errors).extracting(FieldError::messageKey)
                .containsExactly("validation.ballot.lineCode", "validation.ballot.lineLength");
        assertThat(errors.get(0).args()).containsExactly(2, 2, "4", 3);
        assertThat(errors.get(1).args()).containsExactly(3, 2, 1);
    }
}
