package org.integritydesk.model;

/**
 * How a leaf indicator turns its input into a score (DOMAIN.md "Assessment"). Stored by name.
 * The rule's parameter: points per occurrence for {@link #DEDUCT_PER_OCCURRENCE}, the input value
 * that earns full marks for {@link #PROPORTIONAL} (1 for a rate, 100 for a percentage, 20 for hours);
 * {@link #FULL_IF_PRESENT} has none.
 */
public enum ScoringRule implements Labelled {
    /** Full marks when the input is 1 (present), none when 0. */
    FULL_IF_PRESENT,
    /** Full marks less the parameter for each occurrence, never below 0. */
    DEDUCT_PER_OCCURRENCE,
    /** Full marks × input ÷ parameter, at most full marks. */
    PROPORTIONAL;

    @Override
    public String messageKey() {
        return "enum.scoringRule." + name();
    }

    public boolean hasParameter() {
        return this != FULL_IF_PRESENT;
    }
}
