package org.integritydesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ballot arithmetic of DOMAIN.md "Ballots", as pure rules: a tally is refused when returned exceeds
 * issued (the vote is void), when valid + void differ from returned, when a count is negative or names a
 * box the session's ballot does not have; a vote counts only with a quorum (more than half of those
 * expected returned their ballot).
 */
public final class BallotRules {
    /** The most ballots one session can issue: a county's hall, not a city. */
    public static final int MAX_BALLOTS = 10_000;

    private BallotRules() {
    }

    /** What is wrong with one cadre's tally, first rule first; empty when it may be saved. */
    public static List<FieldError> check(BallotTally t, SatisfactionFormula formula) {
        List<FieldError> errors = new ArrayList<>();
        for (BallotField f : BallotField.values()) {
            int v = f.of(t);
            if (v < 0) {
                errors.add(new FieldError(f.name(), "validation.ballot.negative"));
                return errors;
            }
            if (v > MAX_BALLOTS) {
                errors.add(new FieldError(f.name(), "validation.ballot.tooMany", MAX_BALLOTS));
                return errors;
            }
            if (!f.usedBy(formula) && v != 0) {
                errors.add(new FieldError(f.name(), "validation.ballot.choiceNotOffered"));
                return errors;
            }
        }
        if (t.returned() > t.issued()) {
            errors.add(new FieldError(BallotField.RETURNED.name(), "validation.ballot.returnedOverIssued",
                    t.returned(), t.issued()));
            return errors;
        }
        if (t.valid() + t.voided() != t.returned()) {
            errors.add(new FieldError(BallotField.VOIDED.name(), "validation.ballot.sumMismatch", t.valid(),
                    t.voided(), t.valid() + t.voided(), t.returned()));
        }
        return errors;
    }

    /** Whether more than half of the {@code expected} voters returned a ballot. */
    public static boolean hasQuorum(int returned, int expected) {
        return expected > 0 && 2L * returned > expected;
    }

    /**
     * The cadre's satisfaction when the tally is valid and has a quorum; empty otherwise (a vote without
     * a quorum does not count).
     */
    public static Optional<java.math.BigDecimal> countedSatisfaction(BallotTally t, SatisfactionFormula formula,
            int expected) {
        if (!check(t, formula).isEmpty() || !hasQuorum(t.returned(), expected)) {
            return Optional.empty();
        }
        return formula.satisfaction(t);
    }

    /** The numbers in which two entries of the same paper ballots differ, in grid order. */
    public static List<BallotField> mismatches(BallotTally first, BallotTally second) {
        List<BallotField> differ = new ArrayList<>();
        for (BallotField f : BallotField.values()) {
            if (f.of(first) != f.of(second)) {
                differ.add(f);
            }
        }
        return differ;
    }
}
