package org.integritydesk.model;

/** 警告 / 记过 / 记大过 / 降级 / 撤职 / 开除: the disciplinary sanctions (处分). Stored by name. */
public enum SanctionKind implements Labelled {
    WARNING, DEMERIT, MAJOR_DEMERIT, DEMOTION, REMOVAL_FROM_POST, EXPULSION;

    @Override
    public String messageKey() {
        return "enum.sanctionKind." + name();
    }
}
