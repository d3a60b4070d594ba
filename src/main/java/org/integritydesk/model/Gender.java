package org.integritydesk.model;

public enum Gender implements Labelled {
    MALE, FEMALE;

    public String messageKey() {
        return "enum.gender." + name();
    }
}
