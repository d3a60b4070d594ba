package org.integritydesk.model;

/**
 * Where a responsibility task stands: 已完成 when its final (latest) quarterly progress says 完成,
 * 已逾期 when its deadline has passed and it is not complete, otherwise 进行中.
 */
public enum ResponsibilityStatus implements Labelled {
    COMPLETED, IN_PROGRESS, OVERDUE;

    @Override
    public String messageKey() {
        return "enum.responsibilityStatus." + name();
    }
}
