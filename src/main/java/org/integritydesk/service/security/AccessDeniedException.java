package org.integritydesk.service.security;

import org.integritydesk.service.ServiceException;

/** The logged-in user's role or unit does not allow this; nothing was read or changed. */
public class AccessDeniedException extends ServiceException {
    public AccessDeniedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
