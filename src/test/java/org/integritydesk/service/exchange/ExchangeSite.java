package org.integritydesk.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;
import org.integritydesk.service.AttachmentService;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.ExchangeStore;
import org.integritydesk.store.FileKey;
import org.integritydesk.testing.TestServices;

/** One installation of the exchange tests: its own H2 database in its own folder, set up and keyed. */
public final class ExchangeSite implements AutoCloseable {
    public static final UUID ROOT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final String COUNTY = TestServices.SITE;

    public final String code;
    public final TestServices services;
    public final ExchangeService exchange;
    public final ExchangeStore store;
    /** This site's own file key: attachments received are re-encrypted with it. */
    public final FileKey fileKey = FileKey.random(new SecureRandom());
    public final AttachmentFiles files;
    /** Attachments kept with this site's key in its own folder. */
    public final AttachmentService attachments;

    private ExchangeSite(String code, Path dir) {
        this.code = code;
        this.services = TestServices.open(dir);
        this.store = new ExchangeStore(services.tx);
        this.files = new AttachmentFiles(dir.resolve("attachments"), fileKey, new SecureRandom());
        this.attachments = services.attachmentsWith(files);
        this.exchange = new ExchangeService(services.tx, store, services.stamps, services.access, services.auditTrail,
                services.setup, new SecureRandom(), files);
        // every site is set up as the same bureau (a sub-bureau's installation starts as the county's)
        services.setup.setUp("吉安县市场监督管理局", COUNTY, ROOT);
        exchange.keys(code);
    }

    public static ExchangeSite create(String code, Path parent) throws Exception {
        return new ExchangeSite(code, Files.createDirectories(parent.resolve(code)));
    }

    /** Each trusts the other's public key file, as after comparing the fingerprints by phone. */
    public static void pair(ExchangeSite a, ExchangeSite b) {
        a.exchange.trust(b.code, b.exchange.site().orElseThrow().publicKeyFile());
        b.exchange.trust(a.code, a.exchange.site().orElseThrow().publicKeyFile());
    }

    /** Every exchanged table's rows: kind → key → row hash. */
    Map<String, Map<String, Long>> contents() {
        Map<String, Map<String, Long>> all = new HashMap<>();
        services.tx.read(() -> {
            for (ExchangeKind kind : ExchangeKinds.ALL) {
                Map<String, Long> rows = new HashMap<>();
                store.scan(kind, row -> rows.put(row.key(), RowCodec.hash(row.columns(), row.values())));
                all.put(kind.table(), rows);
            }
            return null;
        });
        return all;
    }

    /** Every live attachment's content as this site opens it: attachment id → SHA-256 of the decrypted bytes. */
    Map<String, String> attachmentContents() {
        Map<String, String> all = new HashMap<>();
        services.tx.read(() -> {
            store.scan(ExchangeKinds.byTable("attachment").orElseThrow(), row -> {
                Map<String, Object> a = row.asMap();
                if (a.get("deleted_at") == null) {
                    byte[] content = files.read((UUID) a.get("id"), (String) a.get("stored_path"), (String) a.get("sha256"));
                    all.put(row.key(), sha256(content));
                }
            });
            return null;
        });
        return all;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        services.close();
    }
}
