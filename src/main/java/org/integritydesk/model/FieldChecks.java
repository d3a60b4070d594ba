package org.integritydesk.model;

import java.util.List;

/** The checks every form shares: a required field, a text not longer than its column allows. */
public final class FieldChecks {
    private FieldChecks() {
    }

    /** Adds "此项必须填写" for a missing value or blank text. */
    public static void required(List<FieldError> errors, String field, Object value) {
        if ((value == null || value instanceof String text && text.isBlank()) && !hasError(errors, field)) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    /** Adds "不能超过 N 个字" when the text holds more than {@code max} code points. */
    public static void maxLength(List<FieldError> errors, String field, String text, int max) {
        if (text != null && PersonName.codePointLength(text.strip()) > max && !hasError(errors, field)) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    public static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
