package org.integritydesk.model;

/** 县局 / 分局 (工商所) / 股室. */
public enum UnitKind implements Labelled {
    COUNTY_BUREAU, SUB_BUREAU, DEPARTMENT;

    public String messageKey() {
        return "enum.unitKind." + name();
    }
}
