package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several users editing the same cadre files at once through the services, each as the app of
 * another PC would (on PostgreSQL each has a connection pool of its own on the same database): no
 * save is lost, every refused save names who saved before and when, and the audit chain, appended
 * by all of them at once, verifies at the end. Runs on H2 and, in the postgresql profile, on a
 * PostgreSQL server.
 */
class ConcurrentEditingTest {
    private static final int USERS = 4;
    private static final int CADRES = 3;

    @TempDir
    Path dir;

    private TestServices first;
    private final List<TestServices> users = new ArrayList<>();
    private final List<UUID> cadreIds = new ArrayList<>();
    private ExecutorService pool;
    private UUID bureauId;

    /** The form of cadre {@code i} as every user fills it, bar the field each test changes. */
    private org.integritydesk.testing.DraftBuilder draftFor(int i) {
        return draft(bureauId).name("干部" + "甲乙丙".charAt(i)).idNumber(IdNumbers.of("360821", "1980010" + (i + 1),
                "12" + i));
    }

    private org.integritydesk.testing.DraftBuilder draftFor(UUID id) {
        return draftFor(cadreIds.indexOf(id));
    }

    @BeforeEach
    void setUp() {
        first = TestServices.open(dir);
        OrgUnit bureau = first.setUpBureau();
        for (int i = 0; i < CADRES; i++) {
            bureauId = bureau.id();
            Cadre c = first.cadres.create(draftFor(i).build());
            cadreIds.add(c.id());
        }
        for (int u = 0; u < USERS; u++) {
            TestServices user = first.another("纪检员" + "赵钱孙李".charAt(u));
            user.actAs(Role.INSPECTOR, null, null, user.userName);
            users.add(user);
        }
        pool = Executors.newFixedThreadPool(USERS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        users.forEach(TestServices::close);
        first.close();
    }

    @Test
    void whenEveryoneSavesTheSameOpenedVersionOneWinsAndTheOthersAreToldWhoAndWhen() throws Exception {
        int rounds = 6;
        CyclicBarrier opened = new CyclicBarrier(USERS);
        Map<Integer, String> winners = new ConcurrentHashMap<>();
        Map<Integer, List<ConcurrentEditException>> refusals = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (TestServices user : users) {
            done.add(pool.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    UUID id = cadreIds.get(round % CADRES);
                    Cadre seen = user.cadres.openFile(id).cadre();
                    opened.await(30, TimeUnit.SECONDS);
                    try {
                        user.cadres.update(id, seen.version(), draftFor(id)
                                .position("第" + round + "轮" + user.userName).build());
                        winners.merge(round, user.userName, (a, b) -> a + "," + b);
                    } catch (ConcurrentEditException e) {
                        refusals.computeIfAbsent(round, r -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(e);
                    }
                    opened.await(30, TimeUnit.SECONDS);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }

        for (int round = 0; round < rounds; round++) {
            String winner = winners.get(round);
            assertThat(winner).as("round %d: exactly one save wins", round).doesNotContain(",").isNotNull();
            assertThat(refusals.get(round)).as("round %d: every other save is refused", round).hasSize(USERS - 1)
                    .allSatisfy(e -> {
                        assertThat(e.messageKey()).isEqualTo("error.concurrentEditBy");
                        assertThat(e.args().get(1)).as("names the winner").isEqualTo(winner);
                        assertThat((String) e.args().get(2)).as("and when").isNotBlank();
                    });
            UUID id = cadreIds.get(round % CADRES);
            if (round + CADRES >= rounds) {
                assertThat(first.cadres.openFile(id).cadre().position()).isEqualTo("第" + round + "轮" + winner);
            }
        }
        for (UUID id : cadreIds) {
            assertThat(first.cadres.openFile(id).cadre().version()).as("one version per winning save")
                    .isEqualTo(1 + rounds / CADRES);
        }
        assertChainIntactWith(CADRES + rounds);
    }

    @Test
    void usersRetryingRefusedSavesLoseNoUpdateAndTheAuditChainStaysInOrder() throws Exception {
        int savesEach = 8;
        Map<UUID, AtomicInteger> saved = new ConcurrentHashMap<>();
        cadreIds.forEach(id -> saved.put(id, new AtomicInteger()));
        AtomicInteger refused = new AtomicInteger();
        Set<String> names = ConcurrentHashMap.newKeySet();
        users.forEach(u -> names.add(u.userName));
        List<Future<?>> done = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            TestServices user = users.get(u);
            Random random = new Random(u);
            done.add(pool.submit(() -> {
                for (int n = 0; n < savesEach; n++) {
                    UUID id = cadreIds.get(random.nextInt(CADRES));
                    while (true) {
                        Cadre seen = user.cadres.openFile(id).cadre();
                        // a counter in the notes: each save adds one to what the user saw
                        int count = seen.notes() == null ? 0 : Integer.parseInt(seen.notes());
                        try {
                            user.cadres.update(id, seen.version(),
                                    draftFor(id).notes(String.valueOf(count + 1)).build());
                            saved.get(id).incrementAndGet();
                            break;
                        } catch (ConcurrentEditException e) {
                            refused.incrementAndGet();
                            assertThat(e.args().get(1)).isIn(names);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(180, TimeUnit.SECONDS);
        }

        int total = 0;
        for (UUID id : cadreIds) {
            Cadre c = first.cadres.openFile(id).cadre();
            int saves = saved.get(id).get();
            total += saves;
            String counter = c.notes() == null ? "0" : c.notes();
            assertThat(Integer.parseInt(counter)).as("no save of %s lost", c.name()).isEqualTo(saves);
            assertThat(c.version()).isEqualTo(1 + saves);
            assertThat(first.audit.count(new AuditFilter(null, id, Set.of(AuditKind.UPDATE), null, null)))
                    .as("one audit event per save").isEqualTo(saves);
        }
        assertThat(total).isEqualTo(USERS * savesEach);
        assertChainIntactWith(CADRES + total);
    }

    /** The assessment entry (自评、考核人评分) is saved whole; its version keeps two users' saves from overwriting. */
    @Test
    void assessmentEntriesSavedAtOnceLoseNoUpdate() throws Exception {
        int savesEach = 5;
        int year = 2025;
        UUID id = cadreIds.get(0);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (TestServices user : users) {
            done.add(pool.submit(() -> {
                for (int n = 0; n < savesEach; n++) {
                    while (true) {
                        org.integritydesk.model.AssessmentEntry seen = user.assessment.entry(year, id);
                        // the self score counts the saves: each adds one to what the user saw
                        java.math.BigDecimal count = seen.selfScore() == null ? java.math.BigDecimal.ZERO
                                : seen.selfScore();
                        try {
                            user.assessment.saveEntry(new org.integritydesk.model.AssessmentEntry(year, id,
                                    count.add(java.math.BigDecimal.ONE), List.of(), List.of(), seen.version()));
                            break;
                        } catch (ConcurrentEditException e) {
                            refused.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(180, TimeUnit.SECONDS);
        }

        org.integritydesk.model.AssessmentEntry last = first.assessment.entry(year, id);
        assertThat(last.selfScore()).as("no save lost").isEqualByComparingTo(String.valueOf(USERS * savesEach));
        assertThat(last.version()).isEqualTo(USERS * savesEach);
        assertChainIntactWith(CADRES + USERS * savesEach);
    }

    private void assertChainIntactWith(long events) {
        AuditService.VerifyResult result = first.audit.verify();
        assertThat(result.intact()).as("the audit chain verifies: %s", result.broken()).isTrue();
        assertThat(first.audit.count(AuditFilter.ANY)).isGreaterThanOrEqualTo(events);
    }
}
