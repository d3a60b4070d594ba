package org.integritydesk.model;

/** 在职 / 调离 / 退休. */
public enum CadreStatus implements Labelled {
    ACTIVE, TRANSFERRED, RETIRED;

    public String messageKey() {
        return "enum.cadreStatus." + name();
    }
}
