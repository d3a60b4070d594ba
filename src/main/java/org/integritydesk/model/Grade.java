package org.integritydesk.model;

/** 优秀 / 称职 / 基本称职 / 不称职: the grade of an annual assessment. Stored by name: never rename. */
public enum Grade implements Labelled {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT;

    @Override
    public String messageKey() {
        return "enum.grade." + name();
    }
}
