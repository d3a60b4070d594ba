package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.integritydesk.model.DueState;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's visits and ledger: every state present, histories that agree, the same for the same seed. */
class DemoRectificationsTest {
    @TempDir
    Path dir;

    private List<String> describe(String folder, long seed) {
        try (TestServices db = TestServices.open(dir.resolve(folder))) {
            db.demo.generate(new DemoOptions(150, seed, 2025), ProgressListener.NONE);
            return db.rectifications.list().stream()
                    .map(r -> r.number() + "|" + r.status() + "|" + r.foundOn() + "|" + r.deadline() + "|" + r.description()
                            + "|" + r.cadreName() + "|" + r.rectifiedBy() + "|" + r.verifiedBy())
                    .sorted().toList();
        }
    }

    @Test
    void aYearOfVisitsAndItemsInEveryState() {
        try (TestServices db = TestServices.open(dir.resolve("content"))) {
            db.demo.generate(new DemoOptions(150, 7, 2025), ProgressListener.NONE);
            List<Rectification> items = db.rectifications.list();
            List<SupervisionVisit> visits = db.supervision.list();
            LocalDate today = TestServices.TODAY;

            assertThat(items).hasSizeGreaterThanOrEqualTo(300);
            assertThat(visits).hasSize(36);
            assertThat(items.stream().map(Rectification::status).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(RectificationStatus.class));
            assertThat(items.stream().map(Rectification::source).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(ProblemSource.class));
            Set<DueState> due = items.stream().map(r -> r.dueState(today)).collect(Collectors.toSet());
            assertThat(due).contains(DueState.OVERDUE, DueState.DUE_SOON);
            assertThat(items).anyMatch(r -> r.returnVisitDue(today));
            assertThat(items).filteredOn(r -> r.status() == RectificationStatus.VERIFIED)
                    .allMatch(r -> r.verifiedBy() != null && !r.verifiedBy().equals(r.rectifiedBy()));
            assertThat(visits.stream().mapToLong(SupervisionVisit::problemCount).sum())
                    .isEqualTo(items.stream().filter(r -> r.source() == ProblemSource.SUPERVISION).count());
            Rectification sample = items.stream().filter(r -> r.status() == RectificationStatus.REOPENED).findFirst()
                    .orElseThrow();
            assertThat(db.rectifications.history(sample.id())).extracting(RectificationEvent::toStatus).containsExactly(
                    RectificationStatus.OPEN, RectificationStatus.RECTIFYING, RectificationStatus.RECTIFIED,
                    RectificationStatus.VERIFIED, RectificationStatus.REOPENED);
        }
    }

    @Test
    void theSameSeedGivesTheSameLedger() {
        List<String> first = describe("first", 11);
        assertThat(describe("again", 11)).isEqualTo(first);
        assertThat(describe("other", 12)).isNotEqualTo(first);
    }

    @Test
    void theLedgerGrowsWithTheBureau() {
        assertThat(DemoRectifications.ledgerItemsFor(150)).isEqualTo(300);
        assertThat(DemoRectifications.ledgerItemsFor(50_000)).isEqualTo(100_000);
        assertThat(DemoRectifications.visitsFor(300)).isEqualTo(36);
        assertThat(DemoRectifications.visitsFor(100_000)).isEqualTo(12_000);
    }
}
