package org.integritydesk.model;

/** 教育基地类别: 红色文化 / 庐陵文化 / 其他. Stored by name: never rename a constant. */
public enum BaseKind implements Labelled {
    RED_CULTURE, LULING_CULTURE, OTHER;

    @Override
    public String messageKey() {
        return "enum.baseKind." + name();
    }
}
