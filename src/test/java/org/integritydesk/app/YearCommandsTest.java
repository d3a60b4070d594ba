package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.YearState;
import org.integritydesk.model.YearStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code year close|reopen|list} and {@code archive verify} as scripts use them: lines, exit codes, nothing changed on error. */
class YearCommandsTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();
    private Path dataDir;
    private final int lastYear = LocalDate.now().getYear() - 1;

    @BeforeEach
    void demoData() {
        dataDir = temp.resolve("数据 folder");
        assertThat(commands.run("demo", "--data-dir", dataDir.toString(), "--cadres", "25", "--seed", "3")).isZero();
    }

    private int run(String... args) {
        return commands.run(args);
    }

    private String[] as(String user, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        all[args.length + 2] = "--user";
        all[args.length + 3] = user;
        return all;
    }

    private List<Path> archives() throws IOException {
        Path folder = dataDir.resolve("archives");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private YearState state(int year) {
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dataDir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            return services.years().list().stream().filter(y -> y.year() == year).map(YearStatus::state)
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void closeListVerifyAndReopen() throws IOException {
        assertThat(run(as("inspector", "year", "close", "--year", String.valueOf(lastYear)))).isZero();
        Path archive = archives().get(0);
        assertThat(commands.stdout().strip().lines()).singleElement().asString()
                .contains(lastYear + " 年度已归档", archive.toString());

        assertThat(run(as("inspector", "year", "list"))).isZero();
        assertThat(commands.stdout().lines().filter(l -> l.startsWith(lastYear + "\t"))).singleElement().asString()
                .startsWith(lastYear + "\tCLOSED\tinspector\t").contains(archive.getFileName().toString());

        assertThat(run(as("admin", "archive", "verify", archive.toString()))).isZero();
        List<String> lines = commands.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("archive-ok year=" + lastYear + " created-at=")
                .contains("created-by=inspector", "schema-version=" + org.integritydesk.testing.Migrations.latestVersion());
        assertThat(lines).contains("rows.CADRE=25").anyMatch(l -> l.startsWith("rows.AUDIT_EVENT="))
                .noneMatch(l -> l.contains("flyway"));

        assertThat(run(as("inspector", "year", "reopen", "--year", String.valueOf(lastYear), "--reason", "补录谈话记录")))
                .isZero();
        assertThat(commands.stdout()).contains("补录谈话记录");
        assertThat(state(lastYear)).isEqualTo(YearState.REOPENED);
    }

    @Test
    void closingAFutureYearOrAsAClerkIsOneLineAndChangesNothing() throws IOException {
        assertThat(run(as("inspector", "year", "close", "--year", String.valueOf(lastYear + 2)))).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("尚未到来");

        assertThat(run(as("leader", "year", "close", "--year", String.valueOf(lastYear)))).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("无权");

        assertThat(run(as("inspector", "year", "reopen", "--year", String.valueOf(lastYear), "--reason", "x"))).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("没有归档");

        assertThat(archives()).isEmpty();
        assertThat(state(lastYear)).isEqualTo(YearState.OPEN);
    }

    @Test
    void verifyingAChangedArchiveIsOneLine() throws IOException {
        assertThat(run(as("inspector", "year", "close", "--year", String.valueOf(lastYear)))).isZero();
        Path archive = archives().get(0);
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length - 10] ^= 0x40;
        Path changed = Files.write(temp.resolve("changed.idarchive"), bytes);

        assertThat(run(as("inspector", "archive", "verify", changed.toString()))).isEqualTo(1);
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("签名不符");
        assertThat(commands.stdout()).isEmpty();
    }

    @Test
    void reopenWithoutAReasonIsAUsageError() {
        assertThat(run(as("inspector", "year", "reopen", "--year", String.valueOf(lastYear)))).isEqualTo(2);
        assertThat(commands.stderr()).contains("--reason");
    }
}
