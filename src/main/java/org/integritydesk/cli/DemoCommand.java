package org.integritydesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integritydesk.service.Messages;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.service.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code integrity-desk demo --data-dir DIR [--cadres N] [--seed S] [--year Y]}. */
@Command(name = "demo", description = "Create the Ji'an County demo dataset (creates the data folder if needed).")
final class DemoCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final Messages messages;
    private final Clock clock;

    @Mixin DataDirOption dataDir;

    @Option(names = "--cadres", paramLabel = "N", description = "number of cadres (default 150)")
    int cadres = DemoOptions.DEFAULT_CADRES;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same data")
    long seed = DemoOptions.DEFAULT_SEED;

    @Option(names = "--year", paramLabel = "Y", description = "year of the data (default: this year)")
    Integer year;

    DemoCommand(ServiceOpener opener, Messages messages, Clock clock) {
        this.opener = opener;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        int dataYear = year != null ? year : LocalDate.now(clock).getYear();
        long started = System.nanoTime();
        try (CliServices services = opener.open(dataDir.dataDir)) {
            DemoSummary summary = services.demo().generate(new DemoOptions(cadres, seed, dataYear), (done, total) -> { });
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println(messages.get("cli.demo.done", summary.units(), summary.cadres(), summary.familyEntries(), ms));
        }
        return 0;
    }
}
