package org.integritydesk.cli.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.integritydesk.cli.CliServices;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.service.Messages;

/** What every measurement works on: the open services, a scratch folder, a seeded random source, the output. */
public final class BenchContext {
    private final CliServices services;
    private final Path databaseFile;
    private final Path workDir;
    private final Random random;
    private final Messages messages;
    private final int year;
    private final PrintStream out;
    private List<CadreSummary> cadres;
    private boolean writes;
    private final List<Object> openTabs = new ArrayList<>();

    public BenchContext(CliServices services, Path databaseFile, Path workDir, long seed, Messages messages, int year,
            PrintStream out) {
        this.services = services;
        this.databaseFile = databaseFile;
        this.workDir = workDir;
        this.random = new Random(seed);
        this.messages = messages;
        this.year = year;
        this.out = out;
    }

    public CliServices services() {
        return services;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** An empty folder for files a measurement writes; deleted when the bench ends. */
    public Path workDir() {
        return workDir;
    }

    public Random random() {
        return random;
    }

    public Messages messages() {
        return messages;
    }

    /** The year printed on report sheets. */
    public int year() {
        return year;
    }

    /** Every live cadre in list order, read once on first use. */
    public List<CadreSummary> cadres() {
        if (cadres == null) {
            cadres = services.cadres().listCadres();
        }
        return cadres;
    }

    /** Up to {@code n} different cadres, picked at random. */
    public List<CadreSummary> randomCadres(int n) {
        List<CadreSummary> shuffled = new ArrayList<>(cadres());
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
    }

    /** Whether measurements that write (and then undo what they wrote) may run: {@code bench --writes}. */
    public boolean writes() {
        return writes;
    }

    public BenchContext allowingWrites(boolean allowed) {
        this.writes = allowed;
        return this;
    }

    /**
     * Keeps a tab's view-model with its loaded rows until the bench ends, as the window keeps every
     * tab the user has opened: the resident size after loading counts them all.
     */
    public void keepOpen(Object tab) {
        openTabs.add(tab);
    }

    /** How many tabs are kept open so far. */
    public int openTabs() {
        return openTabs.size();
    }

    public void print(Figure figure) {
        out.println(figure);
        out.flush();
    }
}
