package org.integritydesk.service.exchange;

import org.integritydesk.service.ServiceException;

/** A package that cannot be read, trusted or applied; the message key says why, in the user's words. */
public final class PackageException extends ServiceException {
    public PackageException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
