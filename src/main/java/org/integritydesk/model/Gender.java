package org.integritydesk.model;

public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "enum.gender." + name();
    }
}
