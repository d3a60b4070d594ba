package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.FileKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import ballots} as a script uses it, on the demo's session (the inspector made its first entry). */
class BallotImportCommandTest {
    @TempDir static Path temp;
    private static Path dir;
    private static DebriefingSession session;
    private static List<CadreBallotResult> results;
    private final CommandRunner commands = new CommandRunner();

    @BeforeAll
    static void demo() {
        dir = temp.resolve("demo");
        assertThat(new CommandRunner().run("demo", "--data-dir", dir.toString(), "--cadres", "30", "--seed", "7")).isZero();
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            session = services.debriefing().list().get(0);
            DebriefingDetails d = services.debriefing().details(session.id());
            results = d.results();
        }
    }

    private static ContentFingerprint fingerprint() {
        FileKey key = KeyVault.forApp(dir, Clock.systemDefaultZone())
                .unlock("inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
        try (Database database = Database.open(dir, key)) {
            return new DatabaseBackup(database).contentFingerprint();
        }
    }

    /** Every entry of the session's ballots as saved (signing in writes a login event, so not the whole hash). */
    private static List<?> entries() {
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(dir, "inspector",
                CommandRunner.DEMO_PASSWORD.toCharArray())) {
            return services.debriefing().details(session.id()).entries().stream()
                    .map(e -> e.round() + " " + e.enteredBy() + " " + e.tally()).sorted().toList();
        }
    }

    private static String line(String name, BallotTally t) {
        return String.join(",", name, String.valueOf(t.issued()), String.valueOf(t.returned()), String.valueOf(t.voided()),
                String.valueOf(t.satisfied()), String.valueOf(t.basicallySatisfied()), String.valueOf(t.unsatisfied()),
                String.valueOf(t.abstained()));
    }

    /** The first three cadres: the first as entered, the second one 满意 moved to 弃权, the third void (收回 > 发出). */
    private static Path totals(String name) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("姓名,发出票数,收回票数,无效票,满意,基本满意,不满意,弃权");
        BallotTally a = results.get(0).first();
        BallotTally b = results.get(1).first();
        BallotTally c = results.get(2).first();
        lines.add(line(results.get(0).cadre().name(), a));
        lines.add(line(results.get(1).cadre().name(), new BallotTally(b.reportingCadreId(), b.issued(), b.returned(),
                b.voided(), b.satisfied() - 1, 0, b.basicallySatisfied(), 0, b.unsatisfied(), b.abstained() + 1)));
        lines.add(line(results.get(2).cadre().name(), new BallotTally(c.reportingCadreId(), c.issued(), c.issued() + 1,
                c.voided(), c.satisfied(), 0, c.basicallySatisfied(), 0, c.unsatisfied(), c.abstained())));
        return Files.writeString(temp.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private int run(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "ballots", file.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--data-dir", dir.toString(), "--user", "inspector"));
        return commands.run(args.toArray(String[]::new));
    }

    @Test
    void importsTheValidRowsPrintsEachRejectedRowAndTheCountsLastAndAgainChangesNothing() throws Exception {
        Path file = totals("票数.csv");
        ContentFingerprint before = fingerprint();
        List<?> entriesBefore = entries();

        assertThat(run(file, "--all-or-nothing", "--session", session.number())).as(commands.stderr()).isZero();
        assertThat(commands.stdout()).contains("第 4 行：" + results.get(2).cadre().name() + "：收回票");
        assertThat(commands.stdout().lines().reduce((x, y) -> y)).contains("imported=0 rejected=1");
        assertThat(entries()).isEqualTo(entriesBefore);

        assertThat(run(file, "--session", session.number())).as(commands.stderr()).isZero();
        assertThat(commands.stdout()).contains("第一次录入").contains("更新 1 人，1 人没有变化");
        assertThat(commands.stdout().lines().reduce((x, y) -> y)).contains("imported=1 rejected=1");
        ContentFingerprint afterFirst = fingerprint();
        assertThat(afterFirst.rows("BALLOT_TALLY")).isEqualTo(before.rows("BALLOT_TALLY"));
        List<?> entriesAfter = entries();
        assertThat(entriesAfter).isNotEqualTo(entriesBefore);

        int year = session.year();
        assertThat(run(file, "--year", String.valueOf(year))).as(commands.stderr()).isZero();
        assertThat(commands.stdout().lines().reduce((x, y) -> y)).contains("imported=0 rejected=1");
        assertThat(fingerprint().rows("BALLOT_TALLY")).isEqualTo(afterFirst.rows("BALLOT_TALLY"));
        assertThat(entries()).isEqualTo(entriesAfter);
    }

    @Test
    void aFileThatCannotBeReadOrNoSessionNamedIsOneChineseLineAndChangesNothing() throws Exception {
        Path notASheet = Files.writeString(temp.resolve("票数.xlsx"), "不是表格");
        List<?> before = entries();
        ContentFingerprint hash = fingerprint();

        assertThat(run(notASheet, "--session", session.number())).isNotZero();
        assertThat(commands.stderr().lines().toList()).hasSize(1).first().asString().contains("不是 Excel 表格");
        assertThat(commands.stdout()).isEmpty();
        assertThat(fingerprint()).isEqualTo(hash);

        assertThat(run(totals("票数2.csv"))).isNotZero();
        assertThat(commands.stderr().lines().toList()).hasSize(1).first().asString().contains("--session");

        assertThat(run(totals("票数3.csv"), "--session", "SZ-1999-09")).isNotZero();
        assertThat(commands.stderr().lines().toList()).hasSize(1);

        assertThat(run(totals("票数4.csv"), "--year", "1999")).isNotZero();
        assertThat(commands.stderr().lines().toList()).hasSize(1).first().asString().contains("1999 年没有");
        assertThat(entries()).isEqualTo(before);
    }
}
