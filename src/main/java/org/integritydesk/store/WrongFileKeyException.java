package org.integritydesk.store;

/** The database file could not be decrypted with the key given. */
public class WrongFileKeyException extends StoreException {
    public WrongFileKeyException(Throwable cause) {
        super("the database file cannot be opened with this key", cause);
    }
}
