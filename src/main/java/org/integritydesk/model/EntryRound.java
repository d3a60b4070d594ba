package org.integritydesk.model;

/** Which entry of a session's paper ballots a tally belongs to. Stored by name. */
public enum EntryRound implements Labelled {
    /** 第一次录入. */
    FIRST,
    /** 第二次录入 (double entry, by a second person). */
    SECOND,
    /** An inspector's ruling where the two entries differ (裁定). */
    RESOLVED;

    @Override
    public String messageKey() {
        return "enum.entryRound." + name();
    }
}
