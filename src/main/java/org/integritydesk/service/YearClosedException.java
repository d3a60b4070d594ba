package org.integritydesk.service;

import java.util.List;
import org.integritydesk.model.FieldError;

/** A change to a record dated in a closed year: "2025 年度已归档，不能修改". Nothing was saved. */
public final class YearClosedException extends ValidationException {
    private final int year;

    public YearClosedException(int year) {
        super(List.of(new FieldError("year", "error.year.closed", String.valueOf(year))));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
