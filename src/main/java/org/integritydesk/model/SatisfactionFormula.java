package org.integritydesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How a session turns a cadre's valid ballots into a satisfaction percentage (DOMAIN.md "Ballots").
 * 有效票 counts every valid ballot for the cadre, abstentions included.
 */
public enum SatisfactionFormula implements Labelled {
    /** (满意 + 基本满意 × 0.5) ÷ 有效票; the ballot offers 满意 / 基本满意 / 不满意. */
    DEFAULT(List.of(BallotChoice.SATISFIED, BallotChoice.BASICALLY_SATISFIED, BallotChoice.UNSATISFIED)),
    /**
     * (100 × 满意 + 80 × 比较满意 + 60 × 基本满意 + 30 × 不太满意 + 0 × 不满意) ÷ 有效票; the ballot offers the
     * five grades.
     */
    WEIGHTED(List.of(BallotChoice.SATISFIED, BallotChoice.FAIRLY_SATISFIED, BallotChoice.BASICALLY_SATISFIED,
            BallotChoice.LESS_SATISFIED, BallotChoice.UNSATISFIED));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final List<BallotChoice> choices;

    SatisfactionFormula(List<BallotChoice> choices) {
        this.choices = choices;
    }

    /** The boxes the printed ballot shows for each cadre, in print order (弃权 is never a box). */
    public List<BallotChoice> choices() {
        return choices;
    }

    /** Whether the ballot of this formula has a box for {@code choice} (弃权 is always counted). */
    public boolean offers(BallotChoice choice) {
        return choice == BallotChoice.ABSTAIN || choices.contains(choice);
    }

    /**
     * Satisfaction in percent, two decimals, half up; empty when there is no valid ballot.
     */
    public Optional<BigDecimal> satisfaction(BallotTally tally) {
        int valid = tally.valid();
        if (valid <= 0) {
            return Optional.empty();
        }
        BigDecimal points = switch (this) {
            case DEFAULT -> BigDecimal.valueOf(tally.count(BallotChoice.SATISFIED)).multiply(HUNDRED)
                    .add(BigDecimal.valueOf(tally.count(BallotChoice.BASICALLY_SATISFIED)).multiply(BigDecimal.valueOf(50)));
            case WEIGHTED -> {
                long sum = 0;
                for (BallotChoice c : BallotChoice.values()) {
                    sum += (long) c.weight() * tally.count(c);
                }
                yield BigDecimal.valueOf(sum);
            }
        };
        return Optional.of(points.divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_UP));
    }

    @Override
    public String messageKey() {
        return "enum.satisfactionFormula." + name();
    }
}
