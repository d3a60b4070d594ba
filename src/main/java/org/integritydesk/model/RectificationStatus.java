package org.integritydesk.model;

/** 待整改 → 整改中 → 已整改 → 已销号, or 重新打开. Stored by name. */
public enum RectificationStatus implements Labelled {
    OPEN, RECTIFYING, RECTIFIED, VERIFIED, REOPENED;

    /** Whether the problem still waits for its rectification (the deadline matters). */
    public boolean isPending() {
        return this == OPEN || this == RECTIFYING || this == REOPENED;
    }

    @Override
    public String messageKey() {
        return "enum.rectificationStatus." + name();
    }
}
