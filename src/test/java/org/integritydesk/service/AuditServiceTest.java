package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.integritydesk.model.AuditChain;
import org.integritydesk.model.AuditChain.Break;
import org.integritydesk.model.AuditChain.BrokenLink;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditHead;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.AuditService.VerifyResult;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.RawSql;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit trail on a real database: the chain check against tampering done in SQL, appends, queries. */
class AuditServiceTest {
    private static final UUID RECORD = UUID.fromString("5b0e7c1a-0000-4000-8000-00000000000a");

    @TempDir
    Path dir;

    private TestServices services;
    private AuditService audit;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        audit = services.audit;
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    /** Appends {@code count} events, one transaction each; returns the last. */
    private AuditEvent append(int count) {
        AuditEvent last = null;
        for (int i = 0; i < count; i++) {
            int n = i;
            last = services.tx.inTransaction(() -> services.auditTrail.record(AuditKind.VIEW, AuditTrail.CADRE, RECORD,
                    "张三", null, null, "核查信访件 " + n));
        }
        return last;
    }

    /** Twelve events: the bureau's setup and eleven views. */
    private void twelveEvents() {
        services.setUpBureau();
        append(11);
        assertThat(audit.verify()).isEqualTo(new VerifyResult(12, null));
    }

    private String hashOf(long sequence) {
        return audit.find(AuditFilter.ANY, 0, AuditService.MAX_PAGE).stream().filter(e -> e.sequence() == sequence)
                .findFirst().orElseThrow().hash();
    }

    private void sql(String... statements) {
        RawSql.execute(services.database, statements);
    }

    private BrokenLink firstBreak() {
        VerifyResult result = audit.verify();
        assertThat(result.intact()).as("chain intact").isFalse();
        return result.firstBreak();
    }

    @Test
    void aNewDatabaseHasAnIntactEmptyTrail() {
        assertThat(audit.verify()).isEqualTo(new VerifyResult(0, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor = 'someone'", "kind = 'DELETE'", "kind = 'NO_SUCH_KIND'", "record_type = 'org_unit'",
        "record_id = '6f1c1f0e-0000-4000-8000-000000000001'", "record_label = '李四'", "before_value = '{}'", "after_value = '{}'",
        "purpose = NULL", "occurred_at = occurred_at + INTERVAL '1' SECOND", "origin_unit = '360822'",
        "hash = REPEAT('f', 64)"})
    void editingAFieldOfAMiddleEventBreaksTheChainAtThatEvent(String assignment) {
        twelveEvents();

        sql("UPDATE audit_event SET " + assignment + " WHERE sequence = 6");

        assertThat(firstBreak()).isEqualTo(new BrokenLink(6, Break.CHANGED));
    }

    @Test
    void deletingAMiddleEventIsFoundAsAGap() {
        twelveEvents();

        sql("DELETE FROM audit_event WHERE sequence = 6");

        assertThat(firstBreak()).isEqualTo(new BrokenLink(6, Break.MISSING));
    }

    @Test
    void swappingTheSequencesOfTwoEventsBreaksTheLinkAtTheFirst() {
        twelveEvents();

        sql("UPDATE audit_event SET sequence = -6 WHERE sequence = 6",
                "UPDATE audit_event SET sequence = 6 WHERE sequence = 7",
                "UPDATE audit_event SET sequence = 7 WHERE sequence = -6");

        assertThat(firstBreak()).isEqualTo(new BrokenLink(6, Break.WRONG_PREVIOUS_HASH));
    }

    @Test
    void cuttingOffTheNewestEventsIsFoundThroughTheHead() {
        twelveEvents();

        sql("DELETE FROM audit_event WHERE sequence > 9");

        assertThat(audit.verify()).isEqualTo(new VerifyResult(9, new BrokenLink(10, Break.TAIL_MISSING)));
    }

    @Test
    void eventsAppendedAfterCuttingOffTheTailContinueFromTheHeadAndLeaveTheGap() {
        twelveEvents();
        String lastHashBeforeCut = hashOf(12);
        String hashOfNewLast = hashOf(9);

        sql("DELETE FROM audit_event WHERE sequence > 9");
        AuditEvent next = append(1);
        append(2);

        assertThat(next.sequence()).isEqualTo(13);
        assertThat(next.previousHash()).isEqualTo(lastHashBeforeCut).isNotEqualTo(hashOfNewLast);
        assertThat(firstBreak()).isEqualTo(new BrokenLink(10, Break.MISSING));
    }

    @Test
    void aCopiedEventPastTheHeadIsFound() {
        twelveEvents();

        sql("INSERT INTO audit_event SELECT sequence + 1, occurred_at, actor, kind, record_type, record_id, record_label,"
                + " before_value, after_value, purpose, origin_unit, hash, hash FROM audit_event WHERE sequence = 12");

        assertThat(firstBreak()).isEqualTo(new BrokenLink(13, Break.CHANGED));
    }

    @Test
    void aCorrectlyChainedEventWrittenAroundTheAppIsFoundAtTheHead() {
        twelveEvents();
        AuditEvent forged = AuditChain.seal(AuditEvent.unsealed(TestServices.NOW, "someone", AuditKind.VIEW,
                AuditTrail.CADRE, null, "张三", null, null, null, TestServices.SITE), new AuditHead(12, hashOf(12)));

        sql("INSERT INTO audit_event (sequence, occurred_at, actor, kind, record_type, origin_unit, previous_hash, hash,"
                + " record_label) VALUES (13, TIMESTAMP WITH TIME ZONE '2025-03-15 02:00:00+00', 'someone', 'VIEW', 'cadre',"
                + " '360821', '" + forged.previousHash() + "', '" + forged.hash() + "', '张三')");

        assertThat(firstBreak()).isEqualTo(new BrokenLink(13, Break.HEAD_MISMATCH));
    }

    @Test
    void aDeletedHeadIsReportedAndStopsAppends() {
        twelveEvents();

        sql("DELETE FROM audit_head");

        assertThat(firstBreak().reason()).isEqualTo(Break.HEAD_MISMATCH);
        assertThatThrownBy(() -> append(1)).hasMessageContaining("audit_head");
    }

    @Test
    void aLongTrailIsCheckedPageByPage() {
        services.setUpBureau();
        services.tx.run(() -> {
            for (int i = 0; i < 2 * AuditService.VERIFY_PAGE + 500; i++) {
                services.auditTrail.record(AuditKind.VIEW, AuditTrail.CADRE, RECORD, "张三", null, null, null);
            }
        });
        assertThat(audit.verify()).isEqualTo(new VerifyResult(2501, null));

        sql("UPDATE audit_event SET actor = 'someone' WHERE sequence = 2345");

        assertThat(audit.verify()).isEqualTo(new VerifyResult(2344, new BrokenLink(2345, Break.CHANGED)));
    }

    @Test
    void concurrentWritersAppendAGapFreeChain() throws Exception {
        services.setUpBureau();
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String writer = "writer " + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        services.tx.run(() -> services.auditTrail.record(AuditKind.VIEW, AuditTrail.CADRE, RECORD,
                                writer, null, null, null));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(audit.verify()).isEqualTo(new VerifyResult(1 + threads * perThread, null));
        assertThat(audit.find(AuditFilter.ANY, 0, AuditService.MAX_PAGE)).extracting(AuditEvent::sequence)
                .containsExactlyElementsOf(descending(1 + threads * perThread));
    }

    private static List<Long> descending(long from) {
        List<Long> values = new ArrayList<>();
        for (long n = from; n >= 1; n--) {
            values.add(n);
        }
        return values;
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> services.auditTrail.record(AuditKind.VIEW, AuditTrail.CADRE, RECORD, "张三", null, null,
                null)).isInstanceOf(IllegalStateException.class);
        assertThat(audit.count(AuditFilter.ANY)).isZero();
    }

    @Test
    void stampsEventsWithTheUserTimeAndSite() {
        AuditEvent event = append(1);

        assertThat(event.actor()).isEqualTo(TestServices.USER);
        assertThat(event.occurredAt()).isEqualTo(TestServices.NOW);
        assertThat(event.originUnit()).isEqualTo(TestServices.SITE);
        assertThat(audit.find(AuditFilter.ANY, 0, 1)).containsExactly(event);
    }

    /** An audit trail whose events are written by {@code user} at {@code time}. */
    private AuditTrail trailOf(String user, String time) {
        Stamps stamps = new Stamps(Clock.fixed(Instant.parse(time), TestServices.ZONE), () -> user, () -> TestServices.SITE);
        return new AuditTrail(new AuditRepository(services.tx), stamps);
    }

    private void recordAs(AuditTrail trail, AuditKind kind, UUID recordId) {
        services.tx.run(() -> trail.record(kind, AuditTrail.CADRE, recordId, "某人", null, null, null));
    }

    @Test
    void findsEventsByUserRecordKindAndDayNewestFirst() {
        UUID other = UUID.randomUUID();
        // 2025-03-01 07:30 and 2025-03-02 00:30 in Ji'an; the second is still 1 March in UTC
        AuditTrail wangOnTheFirst = trailOf("王芳", "2025-02-28T23:30:00Z");
        AuditTrail liOnTheSecond = trailOf("李明", "2025-03-01T16:30:00Z");
        recordAs(wangOnTheFirst, AuditKind.VIEW, RECORD);
        recordAs(wangOnTheFirst, AuditKind.UPDATE, other);
        recordAs(liOnTheSecond, AuditKind.VIEW, other);
        recordAs(liOnTheSecond, AuditKind.PRINT, RECORD);

        assertThat(audit.find(AuditFilter.ANY.withActor("王芳"), 0, 10)).extracting(AuditEvent::sequence)
                .containsExactly(2L, 1L);
        assertThat(audit.find(AuditFilter.ANY.withRecordId(RECORD), 0, 10)).extracting(AuditEvent::sequence)
                .containsExactly(4L, 1L);
        assertThat(audit.find(AuditFilter.ANY.withKinds(AuditKind.VIEW, AuditKind.PRINT), 0, 10))
                .extracting(AuditEvent::sequence).containsExactly(4L, 3L, 1L);
        assertThat(audit.find(AuditFilter.ANY.between(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2)), 0, 10))
                .extracting(AuditEvent::sequence).containsExactly(4L, 3L);
        assertThat(audit.find(AuditFilter.ANY.between(null, LocalDate.of(2025, 3, 1)).withKinds(AuditKind.UPDATE), 0, 10))
                .extracting(AuditEvent::sequence).containsExactly(2L);
        assertThat(audit.count(AuditFilter.ANY.withActor("李明").withRecordId(other))).isEqualTo(1);
    }

    @Test
    void pagesThroughEventsWithOffsetAndLimit() {
        append(7);

        assertThat(audit.find(AuditFilter.ANY, 0, 3)).extracting(AuditEvent::sequence).containsExactly(7L, 6L, 5L);
        assertThat(audit.find(AuditFilter.ANY, 6, 3)).extracting(AuditEvent::sequence).containsExactly(1L);
        assertThat(audit.count(AuditFilter.ANY)).isEqualTo(7);
    }

    @Test
    void refusesAPageOutOfRange() {
        assertThatThrownBy(() -> audit.find(AuditFilter.ANY, 0, AuditService.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.find(AuditFilter.ANY, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
