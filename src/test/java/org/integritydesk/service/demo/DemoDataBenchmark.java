package org.integritydesk.service.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * Generates 50,000 demo cadres into a fresh database in a temporary folder and prints how long it
 * took and how big the file became:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.integritydesk.service.demo.DemoDataBenchmark -Dexec.classpathScope=test}.
 * An optional first argument sets the number of cadres.
 */
public final class DemoDataBenchmark {
    private DemoDataBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path folder = Files.createTempDirectory("integrity-desk-demo-benchmark");
        try {
            long millis;
            long bytesWhileOpen;
            Database database = Database.open(folder);
            try {
                Transactions tx = new Transactions(database);
                UnitRepository units = new UnitRepository(tx);
                Stamps stamps = new Stamps(Clock.systemDefaultZone(), () -> "benchmark", () -> DemoUnits.BUREAU_CODE);
                AuditTrail trail = new AuditTrail(new AuditRepository(tx), stamps);
                DemoDataService demo = new DemoDataService(tx, new SetupService(tx, new SettingsRepository(tx), units,
                        stamps, new SiteIdentity(), trail), units, new CadreRepository(tx), new FamilyBusinessRepository(tx),
                        stamps, trail);
                long start = System.nanoTime();
                demo.generate(new DemoOptions(count, DemoOptions.DEFAULT_SEED, LocalDate.now().getYear()),
                        ProgressListener.NONE);
                millis = (System.nanoTime() - start) / 1_000_000;
                // issue 5's visits and ledger items, timed on their own over the same cadres
                long ledgerStart = System.nanoTime();
                java.util.List<org.integritydesk.model.OrgUnit> placed = tx.read(units::findAll).stream()
                        .filter(u -> !u.isRoot()).toList();
                new DemoRectifications(tx, new org.integritydesk.store.RectificationRepository(tx),
                        new org.integritydesk.store.SupervisionRepository(tx), stamps)
                        .generate(new DemoOptions(count, DemoOptions.DEFAULT_SEED, LocalDate.now().getYear()), placed);
                System.out.println("demo-ledger ms=" + (System.nanoTime() - ledgerStart) / 1_000_000);
                bytesWhileOpen = database.fileSize();
            } finally {
                database.close();
            }
            // closing compacts the file: the size after it is what a user keeps on disk
            long bytes = Files.size(folder.resolve(Database.FILE_NAME + ".mv.db"));
            System.out.println("demo-cadres=" + count + " ms=" + millis + " db-bytes=" + bytes);
            System.out.println("db-bytes-before-close=" + bytesWhileOpen);
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
