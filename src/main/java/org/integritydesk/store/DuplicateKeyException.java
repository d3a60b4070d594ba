package org.integritydesk.store;

/** A unique constraint refused the write (for example a second cadre with the same ID number). */
public class DuplicateKeyException extends StoreException {
    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
