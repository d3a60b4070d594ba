package org.integritydesk.model;

/** 行风监督组 / 效能监察组: the group that makes a supervision visit. Stored by name. */
public enum MonitoringGroup implements Labelled {
    CONDUCT, EFFICIENCY;

    @Override
    public String messageKey() {
        return "enum.monitoringGroup." + name();
    }
}
