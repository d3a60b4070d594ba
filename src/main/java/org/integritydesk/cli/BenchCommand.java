package org.integritydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.integritydesk.cli.bench.BenchContext;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code integrity-desk bench --data-dir DIR [--seed S] [--writes]}: measures speed on a data folder
 * and prints one line per figure, {@code name key=value ...}. Only reads (printing leaves its audit
 * events), unless {@code --writes} lets a measurement write and undo; files it writes go to a
 * temporary folder that is removed at the end. The measurements come from the composition root.
 */
@Command(name = "bench", description = "Measure speed on a data folder; one line per figure (reads only).")
final class BenchCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;
    private final Clock clock;
    private final List<Measurement> measurements;

    @Mixin DataDirOption dataDir;

    @Option(names = "--seed", paramLabel = "S", description = "random seed for the cadres picked (default 1)")
    long seed = 1;

    @Option(names = "--writes", description = "also run measurements that write and then undo their writes"
            + " (recording attendance); the audit trail keeps their events")
    boolean writes;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "run only the measurements whose name contains one of these words"
                    + " (e.g. tab-rectification,ResidentMemory)")
    List<String> only;

    BenchCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock,
            List<Measurement> measurements) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
        this.measurements = measurements;
    }

    @Override
    public Integer call() throws Exception {
        Path workDir = Files.createTempDirectory("integrity-desk-bench");
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            BenchContext context = new BenchContext(services, dataDir.dataDir.resolve("integrity-desk.mv.db"), workDir, seed, messages,
                    LocalDate.now(clock).getYear(), System.out).allowingWrites(writes);
            for (Measurement measurement : measurements) {
                if (only != null && only.stream().noneMatch(word -> measurement.name().contains(word))) {
                    continue;
                }
                measurement.run(context);
            }
        } finally {
            deleteRecursively(workDir);
        }
        return 0;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
