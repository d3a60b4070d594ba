package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a regulation form must pass before anything is saved. Lengths count code points. */
public final class RegulationRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_NUMBER = 100;
    public static final int MAX_UNIT = 200;
    /** Half the summary column, which counts chars: a code point may take two. */
    public static final int MAX_SUMMARY = 4000;

    private RegulationRules() {
    }

    /** Every broken rule of the draft, one per field at most; empty when it may be saved. */
    public static List<FieldError> check(RegulationDraft draft, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", draft.title(), MAX_TITLE);
        if (draft.documentNumber() != null && PersonName.codePointLength(draft.documentNumber().strip()) > MAX_NUMBER) {
            errors.add(new FieldError("documentNumber", "validation.tooLong", MAX_NUMBER));
        }
        if (draft.issuedOn() == null) {
            errors.add(new FieldError("issuedOn", "validation.required"));
        } else if (draft.issuedOn().isAfter(today)) {
            errors.add(new FieldError("issuedOn", "validation.dateInFuture"));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        required(errors, "issuingUnit", draft.issuingUnit(), MAX_UNIT);
        if (draft.status() == null) {
            errors.add(new FieldError("status", "validation.required"));
        }
        checkRepeal(errors, draft, today);
        if (draft.summary() != null && PersonName.codePointLength(draft.summary().strip()) > MAX_SUMMARY) {
            errors.add(new FieldError("summary", "validation.tooLong", MAX_SUMMARY));
        }
        return errors;
    }

    private static void checkRepeal(List<FieldError> errors, RegulationDraft draft, LocalDate today) {
        LocalDate repealed = draft.repealedOn();
        if (draft.status() == RegulationStatus.REPEALED) {
            if (repealed == null) {
                errors.add(new FieldError("repealedOn", "validation.regulation.repealDateRequired"));
            } else if (repealed.isAfter(today)) {
                errors.add(new FieldError("repealedOn", "validation.dateInFuture"));
            } else if (draft.issuedOn() != null && repealed.isBefore(draft.issuedOn())) {
                errors.add(new FieldError("repealedOn", "validation.regulation.repealBeforeIssue"));
            }
        } else if (repealed != null) {
            errors.add(new FieldError("repealedOn", "validation.regulation.repealDateOnlyWhenRepealed"));
        }
    }

    private static void required(List<FieldError> errors, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (PersonName.codePointLength(text.strip()) > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }
}
