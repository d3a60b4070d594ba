package org.integritydesk.model;

/** 领导干部 / 中层干部 / 执法人员 / 一般干部. */
public enum CadreCategory implements Labelled {
    LEADING, MIDDLE_LEVEL, LAW_ENFORCEMENT, GENERAL;

    public String messageKey() {
        return "enum.cadreCategory." + name();
    }
}
