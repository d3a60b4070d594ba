package org.integritydesk.model;

import java.time.LocalDate;

/**
 * Where a ledger item stands against its deadline. Overdue = the deadline has passed and the item is
 * not rectified; due soon = still pending and the deadline is today or within the next
 * {@value #DUE_SOON_DAYS} days.
 */
public enum DueState implements Labelled {
    OVERDUE, DUE_SOON, PENDING, DONE;

    public static final int DUE_SOON_DAYS = 7;

    public static DueState of(RectificationStatus status, LocalDate deadline, LocalDate today) {
        if (!status.isPending()) {
            return DONE;
        }
        if (deadline == null) {
            return PENDING;
        }
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        if (!deadline.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return DUE_SOON;
        }
        return PENDING;
    }

    @Override
    public String messageKey() {
        return "enum.dueState." + name();
    }
}
