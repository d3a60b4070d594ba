package org.integritydesk.model;

import java.util.List;

/**
 * A rule a form field breaks: the field's name, the resource-bundle key of the message and its
 * arguments. The model names the rule; the UI and the command line turn it into words.
 */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
