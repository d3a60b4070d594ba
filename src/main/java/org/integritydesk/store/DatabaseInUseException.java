package org.integritydesk.store;

import java.nio.file.Path;

/** Another process already owns the database file: exactly one process may open it. */
public class DatabaseInUseException extends StoreException {
    private final Path dataDir;

    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("the database in " + dataDir + " is already open in another process", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
