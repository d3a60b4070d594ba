package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.Regulation;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.RegulationService;
import org.integritydesk.service.DatabaseSettingsFile;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.security.LoginException;
import org.integritydesk.store.Database;
import org.integritydesk.store.ServerSettings;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second PC joins the server the first PC's data were moved to ({@code database join}): it logs in
 * with the same users and passwords, failed logins on either PC count towards one lock-out, and a
 * folder with data of its own, or a server without users, is refused with nothing written.
 *
 * <p>As in {@link DatabaseMoveCommandOnServerTest}, the login gets a schema of its own name for the
 * test's duration (the app uses the login's default schema) and it is dropped after.
 */
class ServerJoinOnServerTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();
    private final Sessions sessions = new Sessions(Clock.systemDefaultZone());
    private Path firstPc;
    private Path secondPc;
    private ServerSettings server;
    private boolean schemaMade;

    @BeforeEach
    void moveTheFirstPcsData() throws SQLException {
        assumeTrue(TestEngine.postgresql(), "needs a PostgreSQL server: run with -D" + TestEngine.PROPERTY
                + "=postgresql and -Did.test.pg.host/port/database/user/password (see TestEngine; .ci/run does)");
        server = TestEngine.server();
        firstPc = temp.resolve("first-pc");
        secondPc = temp.resolve("second-pc");
        assertThat(commands.run("demo", "--data-dir", firstPc.toString(), "--cadres", "20", "--seed", "4")).isZero();
        execute("CREATE SCHEMA " + quoted(server.user()));
        schemaMade = true;
        int moved = commands.runWithInput(CommandRunner.DEMO_PASSWORD + "\n" + server.password() + "\n",
                withTls("database", "move", "--data-dir", firstPc.toString(), "--user", "admin", "--to-server",
                        address(server.database()), "--db-user", server.user()));
        assertThat(moved).as(commands.stderr()).isZero();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schemaMade) {
            execute("DROP SCHEMA " + quoted(server.user()) + " CASCADE");
        }
    }

    @Test
    void theSecondPcJoinsAndLogsInWithTheSameUsersAndOneLockOut() throws Exception {
        int exit = join(secondPc, server.database());

        assertThat(commands.stderr()).isEmpty();
        assertThat(exit).isZero();
        assertThat(commands.stdout()).contains("已连接到数据库服务器", address(server.database()));
        assertThat(Files.readString(secondPc.resolve(DatabaseSettingsFile.FILE_NAME))).contains("mode=server")
                .doesNotContain("server.password=");
        assertThat(secondPc.resolve("integrity-desk.keys")).as("the users live on the server").doesNotExist();
        assertThat(secondPc.resolve(Database.DATA_FILE)).doesNotExist();

        assertThat(commands.run("audit", "verify", "--data-dir", secondPc.toString(), "--user", "inspector"))
                .as(commands.stderr()).isZero();
        try (AppServices onSecond = sessions.login(secondPc, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
                AppServices onFirst = sessions.login(firstPc, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray())) {
            assertThat(onSecond.cadres().listCadres().size()).as("both PCs see the same records")
                    .isEqualTo(onFirst.cadres().listCadres().size()).isGreaterThan(0);

            Regulation rule = onFirst.regulations().list().get(0);
            Path scan = Files.writeString(temp.resolve("制度正文.txt"), "第一条 廉政谈话每年不少于一次。".repeat(500));
            Attachment attached = onFirst.attachments().add(RegulationService.OWNER_TYPE, rule.id(), scan);
            Path opened = onSecond.attachments().openAsTempFile(attached.id());
            assertThat(opened).as("a file attached on the first PC opens on the second").hasSameTextualContentAs(scan);
        }

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> sessions.login(secondPc, "inspector", "Wrong#1".toCharArray()))
                    .isInstanceOf(LoginException.class);
            assertThatThrownBy(() -> sessions.login(firstPc, "inspector", "Wrong#1".toCharArray()))
                    .isInstanceOf(LoginException.class);
        }
        assertThatThrownBy(() -> sessions.login(secondPc, "inspector", "Wrong#1".toCharArray()))
                .isInstanceOfSatisfying(LoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginException.Reason.LOCKED));
        assertThatThrownBy(() -> sessions.login(firstPc, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray()))
                .as("locked on the first PC too, even with the right password")
                .isInstanceOfSatisfying(LoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginException.Reason.LOCKED));
    }

    @Test
    void aFolderMovedBeforeTheVaultLivedOnTheServerPutsItThereAtItsNextLogin() throws Exception {
        execute("DELETE FROM " + quoted(server.user()) + ".key_vault");
        assertThat(join(secondPc, server.database())).isNotZero();
        assertThat(commands.stderr()).contains("还没有廉政工作台的用户");
        assertThat(secondPc.resolve(DatabaseSettingsFile.FILE_NAME)).doesNotExist();

        assertThat(commands.run("audit", "verify", "--data-dir", firstPc.toString(), "--user", "admin"))
                .as(commands.stderr()).isZero();

        assertThat(join(secondPc, server.database())).as(commands.stderr()).isZero();
        assertThat(commands.run("audit", "verify", "--data-dir", secondPc.toString(), "--user", "admin"))
                .as(commands.stderr()).isZero();
    }

    @Test
    void aFolderWithItsOwnDataOrAServerWithoutUsersIsRefusedAndNothingIsWritten() throws Exception {
        Path ownData = temp.resolve("own-data");
        assertThat(commands.run("demo", "--data-dir", ownData.toString(), "--cadres", "5", "--seed", "2")).isZero();
        assertThat(join(ownData, server.database())).isNotZero();
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("已有自己的数据库或用户");
        assertThat(ownData.resolve(DatabaseSettingsFile.FILE_NAME)).doesNotExist();

        String empty = "join_empty_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + empty);
        try {
            Path elsewhere = temp.resolve("elsewhere");
            assertThat(join(elsewhere, empty)).isNotZero();
            assertThat(commands.stderr().strip().lines()).singleElement().asString()
                    .contains("还没有廉政工作台的用户", "迁移到服务器");
            assertThat(elsewhere.resolve(DatabaseSettingsFile.FILE_NAME)).doesNotExist();
            assertThat(sessions.isSetUp(elsewhere)).isFalse();
        } finally {
            execute("DROP DATABASE " + empty + " WITH (FORCE)");
        }

        DatabaseChoice wrongPassword = DatabaseChoice.server(server.host(), server.port(), "no_such_database_here",
                server.user(), server.password(), server.tls());
        assertThatThrownBy(() -> sessions.join(temp.resolve("typo"), wrongPassword))
                .isInstanceOf(ServiceException.class);
        assertThat(temp.resolve("typo").resolve(DatabaseSettingsFile.FILE_NAME)).doesNotExist();
    }

    private int join(Path folder, String database) {
        return commands.runWithInput(server.password() + "\n", withTls("database", "join", "--data-dir",
                folder.toString(), "--to-server", address(database), "--db-user", server.user()));
    }

    private String[] withTls(String... args) {
        return server.tls() ? Stream.concat(Stream.of(args), Stream.of("--tls")).toArray(String[]::new) : args;
    }

    private String address(String database) {
        return server.host() + ":" + server.port() + "/" + database;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
