package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.integritydesk.service.DatabaseSettingsFile;
import org.integritydesk.store.Database;
import org.integritydesk.store.ServerSettings;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code integrity-desk database move} as an administrator runs it on the demo folder: the table of
 * rows and hashes, the switch to the server (the next command opens the server and its audit
 * chain verifies there), the embedded file kept byte for byte, and bad input changing nothing.
 *
 * <p>The move fills the login's default schema, so the test gives the login a schema of its own
 * name for the test's duration (PostgreSQL looks in {@code "$user"} first) and drops it after.
 */
class DatabaseMoveCommandOnServerTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();
    private Path dataDir;
    private ServerSettings server;
    private boolean schemaMade;

    @BeforeEach
    void demoFolder() throws SQLException {
        assumeTrue(TestEngine.postgresql(), "needs a PostgreSQL server: run with -D" + TestEngine.PROPERTY
                + "=postgresql and -Did.test.pg.host/port/database/user/password (see TestEngine; .ci/run does)");
        server = TestEngine.server();
        dataDir = temp.resolve("demo");
        assertThat(commands.run("demo", "--data-dir", dataDir.toString(), "--cadres", "40", "--seed", "9")).isZero();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + quoted(server.user()));
            schemaMade = true;
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schemaMade) {
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + quoted(server.user()) + " CASCADE");
            }
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private String address() {
        return server.host() + ":" + server.port() + "/" + server.database();
    }

    private int move(String... extra) {
        String[] args = new String[] {"database", "move", "--data-dir", dataDir.toString(), "--user", "admin",
                "--to-server", address(), "--db-user", server.user()};
        if (server.tls()) {
            args = java.util.Arrays.copyOf(args, args.length + 1);
            args[args.length - 1] = "--tls";
        }
        args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return commands.runWithInput(CommandRunner.DEMO_PASSWORD + "\n" + server.password() + "\n", args);
    }

    @Test
    void theMovePrintsEveryTableAndTheNextCommandRunsOnTheServer() throws Exception {
        int exit = move();
        String afterMove = sha256(dataDir.resolve(Database.DATA_FILE));

        assertThat(commands.stderr()).isEmpty();
        assertThat(exit).isZero();
        String out = commands.stdout();
        assertThat(out).contains("内置数据库行数", "服务器行数", "内容校验值");
        assertThat(out.lines().filter(l -> l.startsWith("cadre ")).findFirst()).hasValueSatisfying(
                line -> assertThat(line.split("\\s+")).containsSequence("cadre", "40", "40").endsWith("是"));
        assertThat(out.lines().filter(l -> l.matches("^[a-z_]+\\s+\\d+\\s+\\d+\\s+[0-9a-f]{16}\\s+\\S+$")).count())
                .as("one line per table").isGreaterThan(30);
        assertThat(out).doesNotContain(" 否").contains("已将", address(), "原样保留");
        String settings = Files.readString(dataDir.resolve(DatabaseSettingsFile.FILE_NAME));
        assertThat(settings).contains("mode=server", "server.user=" + server.user()).doesNotContain("server.password=");
        if (!server.password().isEmpty()) {
            assertThat(settings).contains("server.password.sealed=m1\\:");
        }

        int verified = commands.run("audit", "verify", "--data-dir", dataDir.toString(), "--user", "admin");
        assertThat(verified).as(commands.stderr()).isZero();
        assertThat(commands.stderr()).isEmpty();
        try (Connection c = server.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + quoted(server.user()) + ".app_user")) {
            r.next();
            assertThat(r.getLong(1)).as("the server holds the folder's users").isGreaterThan(3);
        }
        assertThat(sha256(dataDir.resolve(Database.DATA_FILE))).as("the embedded file is kept as it was after the move")
                .isEqualTo(afterMove);
    }

    @Test
    void aBadAddressOrAFullServerIsOneLineAndChangesNothing() throws Exception {
        assertThat(commands.runWithInput("x\n", "database", "move", "--data-dir", dataDir.toString(), "--user", "admin",
                "--to-server", "no-database-here", "--db-user", "u")).isNotZero();
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("主机:端口/数据库名");

        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + quoted(server.user()) + ".someone_elses (id INT)");
            s.execute("INSERT INTO " + quoted(server.user()) + ".someone_elses VALUES (1)");
        }
        assertThat(move()).isNotZero();
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("不是空的", "someone_elses");
        assertThat(dataDir.resolve(DatabaseSettingsFile.FILE_NAME)).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
