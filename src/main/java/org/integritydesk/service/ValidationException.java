package org.integritydesk.service;

import java.util.List;
import org.integritydesk.model.FieldError;

/** The input breaks one or more rules; nothing was saved. */
public class ValidationException extends ServiceException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
