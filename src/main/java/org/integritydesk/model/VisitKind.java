package org.integritydesk.model;

/** 明察 (announced) / 暗访 (unannounced). Stored by name. */
public enum VisitKind implements Labelled {
    ANNOUNCED, UNANNOUNCED;

    @Override
    public String messageKey() {
        return "enum.visitKind." + name();
    }
}
