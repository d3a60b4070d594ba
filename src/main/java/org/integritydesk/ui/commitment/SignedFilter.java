package org.integritydesk.ui.commitment;

/** The 签署情况 filter of the commitment list: who has signed, who has not (未签署), or everyone. */
public enum SignedFilter {
    ALL("commitment.filter.signedAll"), SIGNED("commitment.filter.signedYes"), NOT_SIGNED("commitment.filter.signedNo");

    private final String key;

    SignedFilter(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    boolean accepts(boolean signed) {
        return this == ALL || (this == SIGNED) == signed;
    }
}
