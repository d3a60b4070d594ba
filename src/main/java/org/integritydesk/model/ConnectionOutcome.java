package org.integritydesk.model;

/**
 * What a test of a database server connection found. Every value but {@link #OK} names one thing
 * the person setting up the connection can put right; the text says which.
 */
public enum ConnectionOutcome implements Labelled {
    /** Connected, logged in, and the server is new enough. */
    OK,
    /** The host name is unknown, or no route leads to it, or it did not answer in time. */
    HOST_UNREACHABLE,
    /** The host answered but nothing listens on the port (connection refused). */
    PORT_CLOSED,
    /** The server refused the user name or the password. */
    WRONG_LOGIN,
    /** The server has no database of that name. */
    DATABASE_MISSING,
    /** The server is older than {@link ServerVersion#MINIMUM_MAJOR}. */
    SERVER_TOO_OLD,
    /** The server accepts only encrypted (TLS) connections here, and TLS was off. */
    TLS_REQUIRED,
    /** TLS was asked for but the server does not offer it (or its certificate was refused). */
    TLS_UNAVAILABLE,
    /** Something else: the server's own message is shown. */
    OTHER;

    @Override
    public String messageKey() {
        return "enum.connectionOutcome." + name();
    }
}
