package org.integritydesk.model;

/**
 * What a test of a database server's connection found: the outcome, the server's version when it
 * was read, and the server's (or driver's) own words when it failed.
 */
public record ConnectionCheck(ConnectionOutcome outcome, ServerVersion version, String detail) {
    public ConnectionCheck {
        detail = detail == null ? "" : detail;
    }

    public boolean ok() {
        return outcome == ConnectionOutcome.OK;
    }
}
