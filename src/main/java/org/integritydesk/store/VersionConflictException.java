package org.integritydesk.store;

/** An update or delete found a newer version of the row than the one it was based on. */
public class VersionConflictException extends StoreException {
    public VersionConflictException(String table, Object id) {
        super("row " + id + " of " + table + " was changed by someone else");
    }
}
