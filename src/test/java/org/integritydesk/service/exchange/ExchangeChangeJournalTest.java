package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.integritydesk.model.ExchangeKinds;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.store.Dialect;
import org.integritydesk.store.ExchangeJournal;
import org.integritydesk.store.RawSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change capture reads the change journal (rows named by the triggers) instead of every table, and
 * finds exactly what comparing every row would find.
 */
class ExchangeChangeJournalTest {
    @TempDir
    Path dir;

    private ExchangeSite county;
    private ExchangeSite sub;
    private final Random random = new Random(11);
    private int n;

    @BeforeEach
    void setUp() throws Exception {
        county = ExchangeSite.create("360821", dir);
        sub = ExchangeSite.create("360822", dir);
        ExchangeSite.pair(county, sub);
    }

    @AfterEach
    void close() {
        county.close();
        sub.close();
    }

    private Regulation create() {
        return county.services.regulations.create(new RegulationDraft("制度" + (++n), null, LocalDate.of(2025, 1, 6),
                RegulationKind.CLEAN_GOVERNMENT, "县局", RegulationStatus.IN_FORCE, null, "摘要" + n));
    }

    private int journalLines() {
        return county.services.tx.read(() -> county.store.journal().size());
    }

    /** What comparing every row finds that the journal did not: nothing, if the journal is complete. */
    private int missedByJournal() throws Exception {
        try (Connection c = RawSql.connection(county.services.database); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE exchange_site SET full_capture = TRUE");
        }
        return county.services.tx.read(() -> county.exchange.capture(county.store.site().orElseThrow()));
    }

    @Test
    void theJournalFindsWhatAFullComparisonWouldAndIsEmptiedByCapture() throws Exception {
        for (int i = 0; i < 20; i++) {
            create();
        }
        county.exchange.export("360822", dir.resolve("p1.idx"), ProgressListener.NONE);
        assertThat(journalLines()).isZero();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 15; i++) {
                List<Regulation> all = county.services.regulations.list();
                Regulation r = all.get(random.nextInt(all.size()));
                switch (random.nextInt(4)) {
                    case 0 -> create();
                    case 1 -> county.services.regulations.update(r.id(), r.version(), new RegulationDraft(r.title(),
                            r.documentNumber(), r.issuedOn(), r.kind(), r.issuingUnit(), r.status(), r.repealedOn(),
                            "改" + (++n)));
                    case 2 -> county.services.regulations.delete(r.id(), r.version());
                    default -> county.services.tx.run(() -> county.store.delete(
                            ExchangeKinds.byTable("regulation").orElseThrow(), r.id().toString()));
                }
            }
            assertThat(journalLines()).isPositive();
            long toSend = county.exchange.status().get(0).recordsToSend();
            assertThat(toSend).isPositive();
            assertThat(journalLines()).isZero();
            assertThat(missedByJournal()).isZero();
        }
        // and the package it makes brings the sub-bureau to the same rows
        county.exchange.export("360822", dir.resolve("p2.idx"), ProgressListener.NONE);
        sub.exchange.importPackage(dir.resolve("p2.idx"), ProgressListener.NONE);
        assertThat(sub.contents().get("regulation")).isEqualTo(county.contents().get("regulation"));
        // the import's own writes are journaled and settled within the import
        assertThat(sub.services.tx.read(() -> sub.store.journal().size())).isZero();
    }

    @Test
    void aChangeThatRollsBackLeavesNoLine() {
        county.exchange.status();
        assertThatThrownBy(() -> county.services.tx.run(() -> {
            county.services.regulations.create(new RegulationDraft("撤回的制度", null, LocalDate.of(2025, 1, 6),
                    RegulationKind.CLEAN_GOVERNMENT, "县局", RegulationStatus.IN_FORCE, null, null));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(journalLines()).isZero();
    }

    @Test
    void withATriggerMissingCaptureComparesEveryRowAndReinstallingMarksAFullCapture() throws Exception {
        county.exchange.status();
        try (Connection c = RawSql.connection(county.services.database); Statement st = c.createStatement()) {
            // PostgreSQL names a trigger within its table, H2 within the schema
            st.execute("DROP TRIGGER xj_regulation" + (Dialect.of(c) == Dialect.POSTGRESQL ? " ON regulation" : ""));
        }
        Regulation unseen = create();
        assertThat(journalLines()).isZero();
        assertThat(county.exchange.status().get(0).recordsToSend()).isEqualTo(county.services.tx.read(
                () -> (long) county.store.changedSince(0, "360822").size()));
        assertThat(county.services.tx.read(() -> county.store.state("regulation", unseen.id().toString()))).isPresent();

        try (Connection c = RawSql.connection(county.services.database)) {
            assertThat(ExchangeJournal.install(c)).isEqualTo(1);
            assertThat(ExchangeJournal.install(c)).isZero();
        }
        assertThat(county.services.tx.read(county.store::fullCaptureNeeded)).isTrue();
        assertThat(county.services.tx.read(county.store::journalComplete)).isTrue();
        create();
        assertThat(journalLines()).isEqualTo(1);
        county.exchange.status();
        assertThat(county.services.tx.read(county.store::fullCaptureNeeded)).isFalse();
        assertThat(journalLines()).isZero();
    }

    @Test
    void anInstallationWithoutASiteHasNoTriggers() throws Exception {
        try (var plain = org.integritydesk.testing.TestServices.open(dir.resolve("plain"))) {
            plain.setUpBureau();
            try (Connection c = RawSql.connection(plain.database)) {
                assertThat(ExchangeJournal.install(c)).isZero();
                try (var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.triggers WHERE LOWER(trigger_name) LIKE 'xj\\_%'"
                                + " AND LOWER(trigger_schema) = LOWER(CURRENT_SCHEMA)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }
}
