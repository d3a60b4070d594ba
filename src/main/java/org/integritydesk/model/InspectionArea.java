package org.integritydesk.model;

/** 依法行政 / 工作效能 / 文明服务 / 廉洁自律: what a supervision visit checks. Stored by name. */
public enum InspectionArea implements Labelled {
    LAWFUL_ADMINISTRATION, WORK_EFFICIENCY, CIVIL_SERVICE, INTEGRITY;

    @Override
    public String messageKey() {
        return "enum.inspectionArea." + name();
    }
}
