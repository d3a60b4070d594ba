package org.integritydesk.model;

/** Where a year stands: never closed, closed (归档), or closed once and reopened since. */
public enum YearState implements Labelled {
    OPEN, CLOSED, REOPENED;

    @Override
    public String messageKey() {
        return "enum.yearState." + name();
    }
}
