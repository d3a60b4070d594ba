package org.integritydesk.model;

/** The numbers of a {@link BallotTally}, in the order the entry grid and the summary show them. */
public enum BallotField implements Labelled {
    ISSUED, RETURNED, VOIDED, SATISFIED, FAIRLY_SATISFIED, BASICALLY_SATISFIED, LESS_SATISFIED, UNSATISFIED, ABSTAINED;

    public int of(BallotTally t) {
        return switch (this) {
            case ISSUED -> t.issued();
            case RETURNED -> t.returned();
            case VOIDED -> t.voided();
            case SATISFIED -> t.satisfied();
            case FAIRLY_SATISFIED -> t.fairlySatisfied();
            case BASICALLY_SATISFIED -> t.basicallySatisfied();
            case LESS_SATISFIED -> t.lessSatisfied();
            case UNSATISFIED -> t.unsatisfied();
            case ABSTAINED -> t.abstained();
        };
    }

    /** The choice this field counts, or null for issued / returned / void. */
    public BallotChoice choice() {
        return switch (this) {
            case SATISFIED -> BallotChoice.SATISFIED;
            case FAIRLY_SATISFIED -> BallotChoice.FAIRLY_SATISFIED;
            case BASICALLY_SATISFIED -> BallotChoice.BASICALLY_SATISFIED;
            case LESS_SATISFIED -> BallotChoice.LESS_SATISFIED;
            case UNSATISFIED -> BallotChoice.UNSATISFIED;
            case ABSTAINED -> BallotChoice.ABSTAIN;
            default -> null;
        };
    }

    /** Whether the formula's ballot has this number (the counts of boxes it does not offer stay 0). */
    public boolean usedBy(SatisfactionFormula formula) {
        return choice() == null || formula.offers(choice());
    }

    @Override
    public String messageKey() {
        return "enum.ballotField." + name();
    }
}
