package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The sanction form's content (处分: cadre, date, kind, document number 文号, note). */
public record SanctionDraft(UUID cadreId, LocalDate date, SanctionKind kind, String documentNumber, String note) {
    public static final int MAX_DOCUMENT_NUMBER = 60;
    public static final int MAX_NOTE = 1000;

    /** Every broken rule, one per field at most; empty when the draft may be saved. */
    public List<FieldError> check(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (cadreId == null) {
            errors.add(new FieldError("cadre", "validation.required"));
        }
        if (date == null) {
            errors.add(new FieldError("date", "validation.required"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError("date", "validation.dateInFuture"));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            errors.add(new FieldError("documentNumber", "validation.required"));
        } else if (PersonName.codePointLength(documentNumber.strip()) > MAX_DOCUMENT_NUMBER) {
            errors.add(new FieldError("documentNumber", "validation.tooLong", MAX_DOCUMENT_NUMBER));
        }
        if (note != null && PersonName.codePointLength(note.strip()) > MAX_NOTE) {
            errors.add(new FieldError("note", "validation.tooLong", MAX_NOTE));
        }
        return errors;
    }
}
