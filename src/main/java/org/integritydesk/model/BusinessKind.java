package org.integritydesk.model;

/** How a relative earns a living: employed by someone, running their own business, or other. */
public enum BusinessKind implements Labelled {
    EMPLOYED, OWN_BUSINESS, OTHER;

    public String messageKey() {
        return "enum.businessKind." + name();
    }
}
