package org.integritydesk.service;

import java.util.List;

/**
 * A use case could not be done, for a reason a clerk can act on. The message is a resource-bundle
 * key with arguments, so the window and the command line show it in the user's language.
 */
public class ServiceException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public ServiceException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public ServiceException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
