package org.integritydesk.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.ConnectionOutcome;
import org.integritydesk.model.ServerVersion;

/**
 * Tries a PostgreSQL server the way the app would use it: connects, logs in, reads the version, and
 * says in one {@link ConnectionOutcome} what went wrong. Nothing is written on the server.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** Connects to the server as {@code settings} say, as the app would, and reads its version. */
    public static ConnectionCheck probe(ServerSettings settings) {
        try (Connection c = settings.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW server_version_num")) {
            r.next();
            ServerVersion version = ServerVersion.parse(r.getString(1));
            return new ConnectionCheck(version.supported() ? ConnectionOutcome.OK : ConnectionOutcome.SERVER_TOO_OLD,
                    version, "");
        } catch (SQLException e) {
            return new ConnectionCheck(classify(e, settings.tls()), null, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Which outcome a failed connection is, from the SQLSTATE, the cause the driver wraps and, where
     * PostgreSQL has no state of its own for it, the words of its message.
     */
    static ConnectionOutcome classify(SQLException e, boolean tlsAsked) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return ConnectionOutcome.HOST_UNREACHABLE;
            }
            if (t instanceof ConnectException) {
                return ConnectionOutcome.PORT_CLOSED;
            }
            if (t instanceof SSLException) {
                return ConnectionOutcome.TLS_UNAVAILABLE;
            }
        }
        switch (state) {
            case "28P01":
                return ConnectionOutcome.WRONG_LOGIN;
            case "3D000":
                return ConnectionOutcome.DATABASE_MISSING;
            case "28000":
                if (message.contains("pg_hba.conf")) {
                    // "no pg_hba.conf entry for host …, no encryption": only hostssl lines would let us in
                    return !tlsAsked && (message.contains("no encryption") || message.contains("ssl off"))
                            ? ConnectionOutcome.TLS_REQUIRED : ConnectionOutcome.OTHER;
                }
                return ConnectionOutcome.WRONG_LOGIN;
            case "08004":
                // the driver's "The server does not support SSL." when sslmode=require meets ssl=off
                return tlsAsked && message.contains("ssl") ? ConnectionOutcome.TLS_UNAVAILABLE : ConnectionOutcome.OTHER;
            default:
                if (message.contains("timeout") || message.contains("timed out")) {
                    return ConnectionOutcome.HOST_UNREACHABLE;
                }
                return ConnectionOutcome.OTHER;
        }
    }
}
