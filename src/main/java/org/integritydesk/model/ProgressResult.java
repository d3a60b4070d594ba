package org.integritydesk.model;

/** 完成 / 未完成: what a quarter's progress entry says of its responsibility task. Stored by name. */
public enum ProgressResult implements Labelled {
    DONE, NOT_DONE;

    @Override
    public String messageKey() {
        return "enum.progressResult." + name();
    }
}
