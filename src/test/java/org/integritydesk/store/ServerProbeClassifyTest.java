package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.integritydesk.model.ConnectionOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a failed connection is told apart, from what PostgreSQL and its driver report. The same
 * classifications are met for real against a server in {@code ServerProbeOnServerTest}.
 */
class ServerProbeClassifyTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("unknown host", wrapped("08001", "The connection attempt failed.",
                        new UnknownHostException("db.nowhere")), false, ConnectionOutcome.HOST_UNREACHABLE),
                Arguments.of("no route", wrapped("08001", "The connection attempt failed.",
                        new NoRouteToHostException("No route to host")), false, ConnectionOutcome.HOST_UNREACHABLE),
                Arguments.of("no answer in time", wrapped("08001", "The connection attempt failed.",
                        new SocketTimeoutException("Connect timed out")), false, ConnectionOutcome.HOST_UNREACHABLE),
                Arguments.of("connection refused", wrapped("08001", "Connection to 10.0.0.5:5433 refused.",
                        new ConnectException("Connection refused")), false, ConnectionOutcome.PORT_CLOSED),
                Arguments.of("wrong password", new SQLException(
                        "FATAL: password authentication failed for user \"desk\"", "28P01"), false,
                        ConnectionOutcome.WRONG_LOGIN),
                Arguments.of("role missing (trust)", new SQLException("FATAL: role \"nobody\" does not exist", "28000"),
                        false, ConnectionOutcome.WRONG_LOGIN),
                Arguments.of("database missing", new SQLException(
                        "FATAL: database \"desk\" does not exist", "3D000"), false, ConnectionOutcome.DATABASE_MISSING),
                Arguments.of("hostssl only, TLS off", new SQLException("FATAL: no pg_hba.conf entry for host "
                        + "\"10.0.0.7\", user \"desk\", database \"desk\", no encryption", "28000"), false,
                        ConnectionOutcome.TLS_REQUIRED),
                Arguments.of("this PC not allowed at all", new SQLException("FATAL: no pg_hba.conf entry for host "
                        + "\"10.0.0.7\", user \"desk\", database \"desk\", SSL encryption", "28000"), true,
                        ConnectionOutcome.OTHER),
                Arguments.of("TLS asked, server without", new SQLException("The server does not support SSL.",
                        "08004"), true, ConnectionOutcome.TLS_UNAVAILABLE),
                Arguments.of("TLS handshake refused", wrapped("08006", "SSL error: handshake",
                        new SSLHandshakeException("PKIX path building failed")), true,
                        ConnectionOutcome.TLS_UNAVAILABLE),
                Arguments.of("too many connections", new SQLException(
                        "FATAL: sorry, too many clients already", "53300"), false, ConnectionOutcome.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailureGetsTheOutcomeThatSaysWhatToPutRight(String what, SQLException failure, boolean tls,
            ConnectionOutcome expected) {
        assertThat(ServerProbe.classify(failure, tls)).isEqualTo(expected);
    }

    private static SQLException wrapped(String state, String message, Throwable cause) {
        return new SQLException(message, state, cause);
    }
}
