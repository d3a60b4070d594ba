package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a cadre form must pass before anything is saved (uniqueness is the service's job). */
public final class CadreRules {
    public static final int MAX_TEXT = 100;
    public static final int MAX_NOTES = 2000;
    /** Half the family_business.notes column, which counts chars: a code point may take two. */
    public static final int MAX_FAMILY_NOTES = 1000;

    private CadreRules() {
    }

    /** Every broken rule of the draft, one per field at most; empty when it may be saved. */
    public static List<FieldError> check(CadreDraft draft, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String nameProblem = PersonName.problem(draft.name());
        if (nameProblem != null) {
            errors.add(new FieldError("name", nameProblem, PersonName.MAX_CODE_POINTS));
        }
        IdNumber.Problem idProblem = IdNumber.check(draft.idNumber(), today);
        if (idProblem != IdNumber.Problem.NONE) {
            errors.add(new FieldError("idNumber", idProblem.messageKey()));
        }
        if (draft.unitId() == null) {
            errors.add(new FieldError("unit", "validation.required"));
        }
        if (draft.category() == null) {
            errors.add(new FieldError("category", "validation.required"));
        }
        if (draft.status() == null) {
            errors.add(new FieldError("status", "validation.required"));
        }
        if (draft.position() == null || draft.position().isBlank()) {
            errors.add(new FieldError("position", "validation.required"));
        }
        if (draft.mobile() != null && !draft.mobile().isBlank() && !MobileNumber.isValid(draft.mobile())) {
            errors.add(new FieldError("mobile", "validation.mobile"));
        }
        checkLength(errors, "ethnicity", draft.ethnicity(), MAX_TEXT);
        checkLength(errors, "politicalStatus", draft.politicalStatus(), MAX_TEXT);
        checkLength(errors, "education", draft.education(), MAX_TEXT);
        checkLength(errors, "position", draft.position(), MAX_TEXT);
        checkLength(errors, "notes", draft.notes(), MAX_NOTES);
        checkPastDate(errors, "workStartDate", draft.workStartDate(), draft, today);
        checkPastDate(errors, "appointmentDate", draft.appointmentDate(), draft, today);
        if (draft.workStartDate() != null && draft.appointmentDate() != null
                && draft.appointmentDate().isBefore(draft.workStartDate()) && !hasError(errors, "appointmentDate")) {
            errors.add(new FieldError("appointmentDate", "validation.appointmentBeforeWorkStart"));
        }
        checkFamily(errors, draft.familyBusinesses());
        return errors;
    }

    private static void checkPastDate(List<FieldError> errors, String field, LocalDate date, CadreDraft draft, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError(field, "validation.dateInFuture"));
            return;
        }
        if (IdNumber.check(draft.idNumber(), today) == IdNumber.Problem.NONE) {
            LocalDate birth = IdNumber.parse(draft.idNumber(), today).birthDate();
            if (date.isBefore(birth.plusYears(14))) {
                errors.add(new FieldError(field, "validation.dateBeforeWorkingAge"));
            }
        }
    }

    private static void checkFamily(List<FieldError> errors, List<CadreDraft.FamilyBusinessDraft> rows) {
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            CadreDraft.FamilyBusinessDraft row = rows.get(i);
            String field = "familyBusinesses[" + i + "]";
            if (row.relation() == null) {
                errors.add(new FieldError(field, "validation.family.relation", i + 1));
            } else if (PersonName.problem(row.name()) != null) {
                errors.add(new FieldError(field, "validation.family.name", i + 1));
            } else if (row.businessKind() == null) {
                errors.add(new FieldError(field, "validation.family.businessKind", i + 1));
            } else if (row.employerOrBusiness() == null || row.employerOrBusiness().isBlank()) {
                errors.add(new FieldError(field, "validation.family.employer", i + 1));
            } else if (isLonger(row.employerOrBusiness(), MAX_TEXT)) {
                errors.add(new FieldError(field, "validation.family.employerTooLong", i + 1, MAX_TEXT));
            } else if (isLonger(row.notes(), MAX_FAMILY_NOTES)) {
                errors.add(new FieldError(field, "validation.family.notesTooLong", i + 1, MAX_FAMILY_NOTES));
            }
        }
    }

    private static boolean isLonger(String text, int max) {
        return text != null && PersonName.codePointLength(text.strip()) > max;
    }

    private static void checkLength(List<FieldError> errors, String field, String text, int max) {
        if (isLonger(text, max) && !hasError(errors, field)) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
