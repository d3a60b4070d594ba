package org.integritydesk.model;

/** Where the app keeps its data: the embedded file in the data folder, or a shared PostgreSQL server. */
public enum DatabaseMode implements Labelled {
    EMBEDDED, SERVER;

    @Override
    public String messageKey() {
        return "enum.databaseMode." + name();
    }
}
