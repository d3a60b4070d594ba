package org.integritydesk.model;

/** Why a roster row cannot be imported: the field (null for the row as a whole) and the rule it breaks. */
public record RowProblem(ImportField field, FieldError error) {
    public static RowProblem of(ImportField field, String messageKey, Object... args) {
        return new RowProblem(field, new FieldError(field == null ? "" : field.name(), messageKey, args));
    }
}
