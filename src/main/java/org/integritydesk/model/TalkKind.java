package org.integritydesk.model;

/** 任前 / 日常 / 提醒 / 诫勉: why an integrity talk was held. */
public enum TalkKind implements Labelled {
    PRE_APPOINTMENT, ROUTINE, REMINDER, ADMONISHMENT;

    public String messageKey() {
        return "enum.talkKind." + name();
    }
}
