package org.integritydesk.store;

import java.util.List;

/** The server database a move was to fill already holds data (or tables of something else). */
public final class TargetNotEmptyException extends StoreException {
    private final List<String> tables;

    public TargetNotEmptyException(List<String> tables) {
        super("the target database is not empty: " + tables);
        this.tables = List.copyOf(tables);
    }

    /** The tables that hold rows (at most a few, for the message). */
    public List<String> tables() {
        return tables;
    }
}
