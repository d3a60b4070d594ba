package org.integritydesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} on a tiny demo folder prints every figure with numbers; how fast is not checked here. */
class BenchCommandTest {
    /** Signed: a heap difference after garbage collection can come out below zero. */
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    @TempDir
    Path dir;

    @Test
    void printsOneLineOfNumbersPerFigure() {
        assertThat(run("demo", "--data-dir", dir.toString(), "--cadres", "60")).isNotBlank();

        String output = run("bench", "--data-dir", dir.toString(), "--user", "inspector");

        List<String> lines = output.lines().toList();
        assertThat(lines).allMatch(line -> line.matches("[a-z0-9-]+( [a-z0-9-]+=" + NUMBER + ")+"), "name key=number ...");
        Map<String, String> byName = lines.stream()
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(' ')), Function.identity()));
        assertThat(byName).containsOnlyKeys("db-file-bytes", "list-load-ms", "heap-used-mb", "search-keystroke-ms",
                "search-keystroke-sorted-ms", "home-tab-ms", "open-file-ms", "file-sheet-ms", "report-unit", "report-cadres",
                "education-tab-ms", "education-totals-ms", "education-file-ms", "sign-in-sheet-ms",
                "tab-open-education-ms", "tab-search-education-ms", "tab-open-talks-ms", "tab-search-talks-ms",
                "tab-open-commitments-ms", "tab-search-commitments-ms", "tab-open-supervision-ms",
                "tab-search-supervision-ms", "tab-open-rectification-ms", "tab-search-rectification-ms",
                "assessment-compute-ms", "assessment-sheets", "rss-mb", "rss-mb-end");
        assertHasKeys(byName.get("rss-mb"), "after-load", "peak", "heap-committed", "heap-max", "tabs");
        assertThat(byName.get("rss-mb")).as("the home tab, the cadre tab and the five feature tabs stay open")
                .contains("tabs=7");
        assertHasKeys(byName.get("rss-mb-end"), "after-all", "peak", "heap-committed", "heap-max");
        assertThat(lines.indexOf(byName.get("rss-mb"))).as("measured before the printouts")
                .isLessThan(lines.indexOf(byName.get("report-unit")));
        assertHasKeys(byName.get("home-tab-ms"), "total", "figures", "charts", "todos", "items");
        assertThat(byName.get("home-tab-ms")).doesNotContain("items=0");
        assertHasKeys(byName.get("assessment-compute-ms"), "cadres", "ms");
        assertHasKeys(byName.get("assessment-sheets"), "ms", "fill-ms", "pdf-ms", "sheets", "pages", "bytes");
        assertThat(byName.get("assessment-sheets")).doesNotContain("sheets=0 ");
        assertHasKeys(byName.get("db-file-bytes"), "bytes");
        assertHasKeys(byName.get("list-load-ms"), "first", "again", "cadres");
        assertHasKeys(byName.get("heap-used-mb"), "after-list");
        for (String timed : List.of("search-keystroke-ms", "search-keystroke-sorted-ms", "open-file-ms", "file-sheet-ms")) {
            assertHasKeys(byName.get(timed), "first", "p50", "p95", "max", "n");
        }
        for (String tab : List.of("education", "talks", "commitments", "supervision", "rectification")) {
            assertHasKeys(byName.get("tab-open-" + tab + "-ms"), "first", "p50", "p95", "max", "n", "rows");
            assertHasKeys(byName.get("tab-search-" + tab + "-ms"), "p50", "p95", "max", "n");
        }
        assertHasKeys(byName.get("report-unit"), "unit", "cadres", "ms", "pages", "bytes");
        assertHasKeys(byName.get("report-cadres"), "cadres", "ms", "pages", "bytes");
        assertThat(byName.get("list-load-ms")).contains("cadres=60");
        assertThat(byName.get("report-cadres")).contains("cadres=60");
    }

    @Test
    void refusesAFolderWithoutADatabase() {
        assertThat(CommandLineEntry.run(new String[] {"bench", "--data-dir", dir.toString()})).isNotZero();
    }

    private static void assertHasKeys(String line, String... keys) {
        List<String> present = Arrays.stream(line.split(" ")).skip(1).map(pair -> pair.substring(0, pair.indexOf('=')))
                .toList();
        assertThat(present).as(line).contains(keys);
    }

    /** Runs the command line as the launcher does and returns what it printed; it must succeed. */
    private static String run(String... args) {
        CommandRunner commands = new CommandRunner();
        int exit = commands.run(args);
        assertThat(exit).as("exit code of %s: %s", List.of(args), commands.stderr()).isZero();
        return commands.stdout();
    }
}
