package org.integritydesk.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;
import org.integritydesk.store.ExchangeStore;
import org.integritydesk.testing.TestServices;

/** One installation of the exchange tests: its own H2 database in its own folder, set up and keyed. */
public final class ExchangeSite implements AutoCloseable {
    public static final UUID ROOT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final String COUNTY = TestServices.SITE;

    public final String code;
    public final TestServices services;
    public final ExchangeService exchange;
    public final ExchangeStore store;

    private ExchangeSite(String code, Path dir) {
        this.code = code;
        this.services = TestServices.open(dir);
        this.store = new ExchangeStore(services.tx);
        this.exchange = new ExchangeService(services.tx, store, services.stamps, services.access, services.auditTrail,
                services.setup, new SecureRandom());
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

    @Override
    public void close() {
        services.close();
    }
}
