package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a ledger item must pass before it is saved (that the units and cadre exist is the service's job). */
public final class RectificationRules {
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_MEASURES = 1000;
    public static final int MAX_PERSON = 50;

    private RectificationRules() {
    }

    /** Every broken rule, one per field at most; empty when the item may be saved. */
    public static List<FieldError> check(RectificationDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "source", d.source());
        required(errors, "unit", d.unitId());
        required(errors, "category", d.category());
        required(errors, "severity", d.severity());
        required(errors, "response", d.response());
        text(errors, "description", d.description(), MAX_DESCRIPTION);
        if (d.foundOn() == null) {
            errors.add(new FieldError("foundOn", "validation.required"));
        } else if (d.foundOn().isAfter(today)) {
            errors.add(new FieldError("foundOn", "validation.dateInFuture"));
        }
        text(errors, "measures", d.measures(), MAX_MEASURES);
        required(errors, "responsibleUnit", d.responsibleUnitId());
        text(errors, "responsiblePerson", d.responsiblePerson(), MAX_PERSON);
        if (d.deadline() == null) {
            errors.add(new FieldError("deadline", "validation.required"));
        } else if (d.foundOn() != null && d.deadline().isBefore(d.foundOn())) {
            errors.add(new FieldError("deadline", "validation.rectification.deadlineBeforeFound"));
        }
        if (d.response() == ProblemResponse.RETURN_VISIT_EDUCATION && d.returnVisitDate() == null) {
            errors.add(new FieldError("returnVisitDate", "validation.rectification.returnVisitRequired"));
        } else if (d.returnVisitDate() != null && d.foundOn() != null && d.returnVisitDate().isBefore(d.foundOn())) {
            errors.add(new FieldError("returnVisitDate", "validation.rectification.returnVisitBeforeFound"));
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (PersonName.codePointLength(value.strip()) > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }
}
