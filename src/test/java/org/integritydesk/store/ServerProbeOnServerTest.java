package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.ConnectionOutcome;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 测试连接 against a real PostgreSQL server: each mistake a person can make in the form gives its
 * own outcome. Runs when the tests are pointed at a server ({@code -Did.test.engine=postgresql},
 * as {@code .ci/run} does); the version rule itself is {@code ServerVersionTest}.
 */
class ServerProbeOnServerTest {
    private ServerSettings server;

    @BeforeEach
    void needsAServer() {
        assumeTrue(TestEngine.postgresql(), "needs a PostgreSQL server: run with -D" + TestEngine.PROPERTY
                + "=postgresql and -Did.test.pg.host/port/database/user/password (see TestEngine; .ci/run does)");
        server = TestEngine.server();
    }

    private static ServerSettings with(ServerSettings s, String host, int port, String database, String user,
            String password, boolean tls) {
        return new ServerSettings(host, port, database, user, password, tls);
    }

    @Test
    void theTestServerAnswersWithItsVersion() {
        ConnectionCheck check = ServerProbe.probe(server);
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.OK);
        assertThat(check.version().major()).isGreaterThanOrEqualTo(12);
        assertThat(check.version().display()).matches("\\d+\\.\\d+");
    }

    @Test
    void aWrongPasswordIsAWrongLogin() {
        ConnectionCheck check = ServerProbe.probe(with(server, server.host(), server.port(), server.database(),
                server.user(), server.password() + "-wrong", server.tls()));
        assumeTrue(check.outcome() != ConnectionOutcome.OK,
                "the test server lets this login in without a password (trust), so no password can be wrong");
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.WRONG_LOGIN);
    }

    @Test
    void anUnknownUserIsAWrongLoginToo() {
        ConnectionCheck check = ServerProbe.probe(with(server, server.host(), server.port(), server.database(),
                "no_such_user_9x", "whatever", server.tls()));
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.WRONG_LOGIN);
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ConnectionCheck check = ServerProbe.probe(with(server, server.host(), server.port(), "no_such_database_9x",
                server.user(), server.password(), server.tls()));
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.DATABASE_MISSING);
    }

    @Test
    void aPortWhereNothingListensIsAClosedPort() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ConnectionCheck check = ServerProbe.probe(with(server, "127.0.0.1", closed, server.database(), server.user(),
                server.password(), false));
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.PORT_CLOSED);
    }

    @Test
    void anUnknownHostIsUnreachable() {
        ConnectionCheck check = ServerProbe.probe(with(server, "no-such-host.invalid", server.port(),
                server.database(), server.user(), server.password(), false));
        assertThat(check.outcome()).as(check.detail()).isEqualTo(ConnectionOutcome.HOST_UNREACHABLE);
    }

    @Test
    void tlsIsUsedWhenTheServerOffersItAndNamedUnavailableWhenItDoesNot() throws SQLException {
        boolean serverHasTls;
        try (Connection c = server.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW ssl")) {
            r.next();
            serverHasTls = "on".equals(r.getString(1));
        }
        ConnectionCheck check = ServerProbe.probe(with(server, server.host(), server.port(), server.database(),
                server.user(), server.password(), true));
        assertThat(check.outcome()).as(check.detail())
                .isEqualTo(serverHasTls ? ConnectionOutcome.OK : ConnectionOutcome.TLS_UNAVAILABLE);
    }
}
