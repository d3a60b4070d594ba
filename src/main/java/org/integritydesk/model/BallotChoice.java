package org.integritydesk.model;

/**
 * What a ballot says about one reporting cadre. The default formula's ballot offers 满意 / 基本满意 /
 * 不满意; the weighted formula's ballot offers the five grades with their weights (docs/decisions/
 * 0011-ballot-formulas.md). A cadre left unmarked or marked more than once counts as 弃权: a valid
 * ballot for that cadre that adds nothing to satisfaction.
 */
public enum BallotChoice implements Labelled {
    SATISFIED(100),
    FAIRLY_SATISFIED(80),
    BASICALLY_SATISFIED(60),
    LESS_SATISFIED(30),
    UNSATISFIED(0),
    ABSTAIN(0);

    private final int weight;

    BallotChoice(int weight) {
        this.weight = weight;
    }

    /** The weight of the weighted formula (100/80/60/30/0; 弃权 0). */
    public int weight() {
        return weight;
    }

    @Override
    public String messageKey() {
        return "enum.ballotChoice." + name();
    }
}
