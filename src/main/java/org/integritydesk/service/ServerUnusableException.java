package org.integritydesk.service;

import org.integritydesk.model.ConnectionCheck;

/**
 * A server that a step needs cannot be used: the connection test's outcome (host unreachable, wrong
 * password, database missing, server too old), told with the server it was about.
 */
public final class ServerUnusableException extends ServiceException {
    public ServerUnusableException(DatabaseChoice server, ConnectionCheck check) {
        super(check.outcome().messageKey(), server.host(), String.valueOf(server.port()), server.database(),
                server.user(), check.version() == null ? "" : check.version().display(), check.detail());
    }
}
