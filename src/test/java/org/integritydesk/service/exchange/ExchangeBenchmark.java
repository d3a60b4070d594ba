package org.integritydesk.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ProgressListener;

/**
 * The figures of docs/decisions/0013: export and import of a package with 10,000 changed records
 * (new, then changed again), between two H2 sites in a temporary folder. A test-scope main, run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.integritydesk.service.exchange.ExchangeBenchmark}.
 */
public final class ExchangeBenchmark {
    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("exchange-bench");
        try (ExchangeSite county = ExchangeSite.create("360821", dir);
                ExchangeSite sub = ExchangeSite.create("36082104", dir)) {
            ExchangeSite.pair(county, sub);
            long t = System.nanoTime();
            for (int i = 0; i < records; i++) {
                county.services.regulations.create(new RegulationDraft("制度第" + i + "号", "吉市监发〔2025〕" + i + "号",
                        LocalDate.of(2024, 1 + i % 12, 1 + i % 28), RegulationKind.CLEAN_GOVERNMENT, "县局",
                        RegulationStatus.IN_FORCE, null, "为加强党风廉政建设，规范权力运行，制定本制度。第" + i + "条"));
            }
            System.out.printf("made %d regulations at the county: %.1f s%n", records, secs(t));
            measure("new records", county, sub, dir.resolve("p1.idx"));
            acknowledge(county, sub, dir.resolve("a1.idx"));
            List<Regulation> all = county.services.regulations.list();
            t = System.nanoTime();
            for (Regulation r : all) {
                county.services.regulations.update(r.id(), r.version(), new RegulationDraft(r.title(),
                        r.documentNumber(), r.issuedOn(), r.kind(), r.issuingUnit(), r.status(), r.repealedOn(),
                        r.summary() + "（修订）"));
            }
            System.out.printf("changed them again: %.1f s%n", secs(t));
            measure("changed records", county, sub, dir.resolve("p2.idx"));
            acknowledge(county, sub, dir.resolve("a2.idx"));
            t = System.nanoTime();
            sub.exchange.importPackage(dir.resolve("p2.idx"), ProgressListener.NONE);
            System.out.printf("the same package again (already imported): %.2f s%n", secs(t));
            t = System.nanoTime();
            Path empty = dir.resolve("p3.idx");
            county.exchange.export("36082104", empty, ProgressListener.NONE);
            System.out.printf("export with nothing changed (capture over %d rows): %.2f s, %d bytes%n", records,
                    secs(t), Files.size(empty));
        }
    }

    private static void measure(String what, ExchangeSite county, ExchangeSite sub, Path file) {
        long t = System.nanoTime();
        ExchangeService.ExportResult exported = county.exchange.export("36082104", file, ProgressListener.NONE);
        double export = secs(t);
        t = System.nanoTime();
        ExchangeService.ImportResult imported = sub.exchange.importPackage(file, ProgressListener.NONE);
        double importing = secs(t);
        System.out.printf("%s: export %d records %.2f s, %,d bytes (%.0f bytes/record); import %.2f s (%d applied,"
                + " %d conflicts)%n", what, exported.records(), export, exported.bytes(),
                exported.bytes() / (double) Math.max(1, exported.records()), importing, imported.applied(),
                imported.conflicts());
    }

    /** The sub-bureau's package back, which acknowledges the county's. */
    private static void acknowledge(ExchangeSite county, ExchangeSite sub, Path file) {
        long t = System.nanoTime();
        sub.exchange.export("360821", file, ProgressListener.NONE);
        county.exchange.importPackage(file, ProgressListener.NONE);
        System.out.printf("acknowledgement back (capture over %d rows at each end): %.2f s%n",
                county.contents().get("regulation").size(), secs(t));
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
