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
 * (new, then changed again), export with nothing changed, and a package of attachment files, between
 * two H2 sites in a temporary folder. Prints sentences, then one {@code name key=value ...} line per
 * figure ({@code exchange-export-ms}, {@code exchange-import-ms}, {@code exchange-files}). A test-scope main, run with
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
            if (Boolean.getBoolean("bench.viaService")) {
                for (int i = 0; i < records; i++) {
                    county.services.regulations.create(new RegulationDraft("制度第" + i + "号", "吉市监发〔2025〕" + i + "号",
                            LocalDate.of(2024, 1 + i % 12, 1 + i % 28), RegulationKind.CLEAN_GOVERNMENT, "县局",
                            RegulationStatus.IN_FORCE, null, "为加强党风廉政建设，规范权力运行，制定本制度。第" + i + "条"));
                }
            } else {
                // straight into the table in one transaction (what is measured is export and import, not the
                // service; the rows have every column the service writes)
                write(county, records, "");
            }
            System.out.printf("made %d regulations at the county: %.1f s%n", records, secs(t));
            double[] fresh = measure("new records", county, sub, dir.resolve("p1.idx"));
            acknowledge(county, sub, dir.resolve("a1.idx"));
            List<Regulation> all = county.services.regulations.list();
            t = System.nanoTime();
            if (Boolean.getBoolean("bench.viaService")) {
                for (Regulation r : all) {
                    county.services.regulations.update(r.id(), r.version(), new RegulationDraft(r.title(),
                            r.documentNumber(), r.issuedOn(), r.kind(), r.issuingUnit(), r.status(), r.repealedOn(),
                            r.summary() + "（修订）"));
                }
            } else {
                write(county, records, "（修订）");
            }
            System.out.printf("changed them again: %.1f s%n", secs(t));
            double[] changed = measure("changed records", county, sub, dir.resolve("p2.idx"));
            acknowledge(county, sub, dir.resolve("a2.idx"));
            t = System.nanoTime();
            sub.exchange.importPackage(dir.resolve("p2.idx"), ProgressListener.NONE);
            double replay = secs(t);
            System.out.printf("the same package again (already imported): %.2f s%n", replay);
            t = System.nanoTime();
            Path empty = dir.resolve("p3.idx");
            county.exchange.export("36082104", empty, ProgressListener.NONE);
            double nothing = secs(t);
            System.out.printf("export with nothing changed (%d rows): %.2f s, %d bytes%n", records, nothing,
                    Files.size(empty));
            // attachment files: 20 files of 500 KB made at the county travel to the sub-bureau
            Regulation owner = all.get(0);
            java.util.Random random = new java.util.Random(1);
            for (int i = 0; i < 20; i++) {
                byte[] content = new byte[500_000];
                random.nextBytes(content);
                Path source = dir.resolve("photo" + i + ".jpg");
                Files.write(source, content);
                county.attachments.add(org.integritydesk.service.RegulationService.OWNER_TYPE, owner.id(), source);
            }
            t = System.nanoTime();
            ExchangeService.ExportResult withFiles = county.exchange.export("36082104", dir.resolve("p4.idx"),
                    ProgressListener.NONE);
            double filesExport = secs(t);
            t = System.nanoTime();
            ExchangeService.ImportResult filesIn = sub.exchange.importPackage(dir.resolve("p4.idx"), ProgressListener.NONE);
            double filesImport = secs(t);
            System.out.printf("20 attachment files of 500 KB: export %.2f s, %,d bytes; import %.2f s (%d stored)%n",
                    filesExport, withFiles.bytes(), filesImport, filesIn.files());
            System.out.printf("exchange-export-ms records=%d new=%.0f changed=%.0f nothing=%.0f%n", records,
                    fresh[0] * 1000, changed[0] * 1000, nothing * 1000);
            System.out.printf("exchange-import-ms records=%d new=%.0f changed=%.0f replay=%.0f%n", records,
                    fresh[1] * 1000, changed[1] * 1000, replay * 1000);
            System.out.printf("exchange-package-bytes new=%d changed=%d nothing=%d%n", (long) fresh[2],
                    (long) changed[2], Files.size(empty));
            System.out.printf("exchange-files files=%d file-bytes=%d package-bytes=%d export-ms=%.0f import-ms=%.0f%n",
                    withFiles.files(), withFiles.fileBytes(), withFiles.bytes(), filesExport * 1000, filesImport * 1000);
        }
    }

    /** @return export seconds, import seconds, package bytes */
    private static double[] measure(String what, ExchangeSite county, ExchangeSite sub, Path file) {
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
        return new double[] {export, importing, exported.bytes()};
    }

    /** The sub-bureau's package back, which acknowledges the county's. */
    private static void acknowledge(ExchangeSite county, ExchangeSite sub, Path file) {
        long t = System.nanoTime();
        sub.exchange.export("360821", file, ProgressListener.NONE);
        county.exchange.importPackage(file, ProgressListener.NONE);
        System.out.printf("acknowledgement back (capture over %d rows at each end): %.2f s%n",
                county.contents().get("regulation").size(), secs(t));
    }

    /** Regulations 0..n-1 with fixed ids, written (or rewritten, with {@code suffix}) in one transaction. */
    private static void write(ExchangeSite site, int n, String suffix) {
        org.integritydesk.model.ExchangeKind kind = org.integritydesk.model.ExchangeKinds.byTable("regulation").orElseThrow();
        List<String> columns = List.of("id", "title", "document_number", "issued_on", "kind", "issuing_unit", "status",
                "repealed_on", "summary", "created_at", "updated_at", "updated_by", "origin_unit", "version", "deleted_at");
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2025-03-15T02:00:00Z");
        site.services.tx.run(() -> {
            java.util.Random ids = new java.util.Random(0x5EED);
            for (int i = 0; i < n; i++) {
                // random ids as the services make (they do not compress), the same ones on every call
                java.util.UUID id = new java.util.UUID((ids.nextLong() & ~0xF000L) | 0x4000L,
                        (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
                List<Object> values = java.util.Arrays.asList(id, "制度第" + i + "号", "吉市监发〔2025〕" + i + "号",
                        LocalDate.of(2024, 1 + i % 12, 1 + i % 28), "CLEAN_GOVERNMENT", "县局", "IN_FORCE", null,
                        "为加强党风廉政建设，规范权力运行，制定本制度。第" + i + "条" + suffix, at, at, "纪检员王芳", "360821",
                        suffix.isEmpty() ? 1 : 2, null);
                String refused = site.store.upsert(kind,
                        new org.integritydesk.store.ExchangeStore.TableRow(id.toString(), columns, values));
                if (refused != null) {
                    throw new IllegalStateException(refused);
                }
            }
        });
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
