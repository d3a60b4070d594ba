package org.integritydesk.store;

/** A failure of the database layer. {@link java.sql.SQLException} never leaves the store package. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
