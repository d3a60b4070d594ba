package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of responsibility tasks (责任分解): what a task and a progress entry must hold, and
 * where a task stands. A task is complete when its final progress entry — the latest quarter
 * recorded — says 完成 (a later 未完成 undoes an earlier 完成); it is overdue once its deadline
 * has passed (the day after the deadline) and it is not complete.
 */
public final class ResponsibilityRules {
    public static final int MAX_TEXT = 500;
    public static final int MAX_NOTE = 1000;
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 9999;

    private ResponsibilityRules() {
    }

    /** Whether the final entry of {@code progress} says 完成. */
    public static boolean complete(List<ResponsibilityProgress> progress) {
        return progress.stream().max(Comparator.comparing(ResponsibilityProgress::quarter))
                .map(p -> p.result() == ProgressResult.DONE).orElse(false);
    }

    public static ResponsibilityStatus status(ResponsibilityTask task, LocalDate today) {
        return status(complete(task.progress()), task.deadline(), today);
    }

    public static ResponsibilityStatus status(boolean complete, LocalDate deadline, LocalDate today) {
        if (complete) {
            return ResponsibilityStatus.COMPLETED;
        }
        if (deadline != null && deadline.isBefore(today)) {
            return ResponsibilityStatus.OVERDUE;
        }
        return ResponsibilityStatus.IN_PROGRESS;
    }

    /** Every broken rule of a task, one per field at most; empty when it may be saved. */
    public static List<FieldError> check(ResponsibilityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.year() < EARLIEST_YEAR || d.year() > LATEST_YEAR) {
            errors.add(new FieldError("year", "validation.responsibility.year", EARLIEST_YEAR, LATEST_YEAR));
        }
        if (d.category() == null) {
            errors.add(new FieldError("category", "validation.required"));
        }
        text(errors, "text", d.text(), MAX_TEXT);
        if (d.unitId() == null) {
            errors.add(new FieldError("unit", "validation.required"));
        }
        if (d.leaderId() == null) {
            errors.add(new FieldError("leader", "validation.required"));
        }
        if (d.deadline() == null) {
            errors.add(new FieldError("deadline", "validation.required"));
        } else if (d.deadline().getYear() != d.year()) {
            errors.add(new FieldError("deadline", "validation.responsibility.deadlineOutsideYear", d.year()));
        }
        return errors;
    }

    /**
     * Every broken rule of a quarter's progress entry for a task of {@code year}: quarter, result
     * and 落实情况 are required, and a quarter can be reported once it has begun.
     */
    public static List<FieldError> checkProgress(int year, Quarter quarter, ProgressResult result, String note,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (quarter == null) {
            errors.add(new FieldError("quarter", "validation.required"));
        } else if (quarter.start(year).isAfter(today)) {
            errors.add(new FieldError("quarter", "validation.responsibility.quarterNotStarted",
                    quarter.start(year).toString()));
        }
        if (result == null) {
            errors.add(new FieldError("result", "validation.required"));
        }
        text(errors, "note", note, MAX_NOTE);
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (PersonName.codePointLength(value.strip()) > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }
}
