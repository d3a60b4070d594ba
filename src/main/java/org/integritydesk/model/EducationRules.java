package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of education activities and attendance (DOMAIN.md; issue "education activities"):
 * an activity lasts more than 0 and at most 24 hours in steps of a tenth; nobody attends more than
 * 24 hours in one day; attendance is taken only for a cadre who was in office on the day and only
 * once the activity has begun.
 */
public final class EducationRules {
    public static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);
    public static final int MAX_TITLE = 100;
    public static final int MAX_PLACE = 100;
    public static final int MAX_SPEAKER = 50;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 100;
    public static final int MAX_BASE_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_BASE_NOTES = 1000;

    private EducationRules() {
    }

    /** Why one person's attendance cannot be recorded as given. */
    public enum AttendanceProblem {
        NONE("", false),
        /** Not in office (transferred, retired, or not yet started) on the activity's day. */
        NOT_ACTIVE("validation.attendance.notActive", true),
        /** Attended hours on that day would pass 24. */
        TOO_MANY_HOURS("validation.attendance.tooManyHours", true),
        REASON_TOO_LONG("validation.attendance.reasonTooLong", true),
        /** The activity has not begun: attendance is taken afterwards. */
        NOT_YET_HELD("validation.attendance.notYetHeld", false);

        private final String messageKey;
        private final boolean aboutThePerson;

        AttendanceProblem(String messageKey, boolean aboutThePerson) {
            this.messageKey = messageKey;
            this.aboutThePerson = aboutThePerson;
        }

        public String messageKey() {
            return messageKey;
        }

        /** Whether the message names the person (the others are about the activity). */
        public boolean aboutThePerson() {
            return aboutThePerson;
        }
    }

    /** Every broken rule of the activity form, one per field at most; empty when it may be saved. */
    public static List<FieldError> check(ActivityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.required(errors, "kind", draft.kind());
        FieldChecks.required(errors, "title", draft.title());
        FieldChecks.required(errors, "date", draft.date());
        FieldChecks.required(errors, "organiser", draft.organiserUnitId());
        FieldChecks.required(errors, "hours", draft.hours());
        if (draft.hours() != null) {
            hoursProblem(draft.hours()).ifPresentOrElse(key -> errors.add(new FieldError("hours", key)), () -> { });
        }
        FieldChecks.maxLength(errors, "title", draft.title(), MAX_TITLE);
        FieldChecks.maxLength(errors, "place", draft.place(), MAX_PLACE);
        FieldChecks.maxLength(errors, "speaker", draft.speaker(), MAX_SPEAKER);
        FieldChecks.maxLength(errors, "summary", draft.summary(), MAX_SUMMARY);
        return errors;
    }

    /** Every broken rule of the education-base form. */
    public static List<FieldError> check(BaseDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.required(errors, "name", draft.name());
        FieldChecks.required(errors, "kind", draft.kind());
        FieldChecks.required(errors, "theme", draft.theme());
        FieldChecks.maxLength(errors, "name", draft.name(), MAX_BASE_NAME);
        FieldChecks.maxLength(errors, "address", draft.address(), MAX_ADDRESS);
        FieldChecks.maxLength(errors, "notes", draft.notes(), MAX_BASE_NOTES);
        return errors;
    }

    /** The message key of what is wrong with an activity's hours, if anything. */
    public static Optional<String> hoursProblem(BigDecimal hours) {
        if (hours.signum() <= 0) {
            return Optional.of("validation.hours.notPositive");
        }
        if (hours.compareTo(MAX_HOURS_PER_DAY) > 0) {
            return Optional.of("validation.hours.tooMany");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            return Optional.of("validation.hours.tenths");
        }
        return Optional.empty();
    }

    /**
     * Whether the cadre was in office on {@code date}. The file keeps the present status only (no
     * history of transfers), so a cadre who has left counts as not in office on any day; one who
     * is in office counts from the day work started, when that is known.
     */
    public static boolean activeOn(Cadre cadre, LocalDate date) {
        return cadre.status() == CadreStatus.ACTIVE && !cadre.isDeleted()
                && (cadre.workStartDate() == null || !cadre.workStartDate().isAfter(date));
    }

    /**
     * What is wrong with recording {@code status} for this cadre at an activity held on
     * {@code activityDay} and lasting {@code hours}, given the hours the cadre already attended
     * that day at other activities.
     */
    public static AttendanceProblem attendanceProblem(Cadre cadre, LocalDate activityDay, boolean held,
            BigDecimal hours, AttendanceStatus status, String reason, BigDecimal otherHoursThatDay) {
        if (!held) {
            return AttendanceProblem.NOT_YET_HELD;
        }
        if (status == null) {
            return AttendanceProblem.NONE;
        }
        if (!activeOn(cadre, activityDay)) {
            return AttendanceProblem.NOT_ACTIVE;
        }
        if (status == AttendanceStatus.PRESENT && otherHoursThatDay.add(hours).compareTo(MAX_HOURS_PER_DAY) > 0) {
            return AttendanceProblem.TOO_MANY_HOURS;
        }
        if (reason != null && PersonName.codePointLength(reason.strip()) > MAX_REASON) {
            return AttendanceProblem.REASON_TOO_LONG;
        }
        return AttendanceProblem.NONE;
    }
}
