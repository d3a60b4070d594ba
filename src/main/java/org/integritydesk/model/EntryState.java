package org.integritydesk.model;

/** How far one reporting cadre's ballots have come; the cadre's result is final in the last three. */
public enum EntryState implements Labelled {
    /** 未录入. */
    NOT_ENTERED,
    /** 待第二人录入: double entry, only the first entry is in. */
    AWAITING_SECOND,
    /** 两次录入不一致: waits for a corrected entry or an inspector's ruling. */
    MISMATCH,
    /** 已录入: one entry, the session does not ask for two. */
    SINGLE,
    /** 两次录入一致. */
    AGREED,
    /** 已裁定: an inspector ruled between two differing entries. */
    RESOLVED;

    public boolean isFinal() {
        return this == SINGLE || this == AGREED || this == RESOLVED;
    }

    @Override
    public String messageKey() {
        return "enum.entryState." + name();
    }
}
