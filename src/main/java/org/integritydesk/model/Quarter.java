package org.integritydesk.model;

import java.time.LocalDate;

/** 第一季度 … 第四季度: the periods a responsibility task's progress is reported for. Stored by name. */
public enum Quarter implements Labelled {
    Q1, Q2, Q3, Q4;

    /** The quarter's first day in {@code year}. */
    public LocalDate start(int year) {
        return LocalDate.of(year, ordinal() * 3 + 1, 1);
    }

    /** The quarter's last day in {@code year}. */
    public LocalDate end(int year) {
        return start(year).plusMonths(3).minusDays(1);
    }

    /** The quarter {@code date} falls in. */
    public static Quarter of(LocalDate date) {
        return values()[(date.getMonthValue() - 1) / 3];
    }

    @Override
    public String messageKey() {
        return "enum.quarter." + name();
    }
}
