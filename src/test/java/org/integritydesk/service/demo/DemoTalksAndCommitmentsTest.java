package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's year of talks and commitments: realistic shares, and the same for the same seed. */
class DemoTalksAndCommitmentsTest {
    private static final int CADRES = 400;

    @TempDir
    static Path dir;

    private static TestServices first;
    private static List<TalkSummary> talks;
    private static List<CommitmentSummary> commitments;

    @BeforeAll
    static void generate() {
        first = TestServices.open(dir.resolve("first"), DemoFixture.CLOCK);
        first.demo.generate(new DemoOptions(CADRES, 7, DemoFixture.YEAR), ProgressListener.NONE);
        talks = first.talks.listTalks(DemoFixture.YEAR);
        commitments = first.commitments.list(DemoFixture.YEAR);
    }

    @AfterAll
    static void close() {
        first.close();
    }

    @Test
    void mostButNotAllImportantPositionCadresHaveTheirPreAppointmentTalk() {
        long important = first.cadres.listCadres().stream()
                .filter(c -> c.importantPosition() && c.status() == CadreStatus.ACTIVE).count();
        int missing = first.talks.missingPreAppointmentTalks().size();

        assertThat(important).isPositive();
        assertThat(missing).isPositive().isLessThan((int) (important / 3));
    }

    @Test
    void holdsEveryKindOfTalkWithAFewAdmonishments() {
        Map<TalkKind, Long> byKind = talks.stream().collect(Collectors.groupingBy(TalkSummary::kind, Collectors.counting()));

        assertThat(byKind).containsOnlyKeys(TalkKind.values());
        assertThat(byKind.get(TalkKind.ADMONISHMENT)).isBetween(2L, 5L);
        assertThat(byKind.get(TalkKind.ROUTINE)).isGreaterThan(byKind.get(TalkKind.REMINDER));
        assertThat(talks).allSatisfy(t -> {
            assertThat(t.date()).isBetween(java.time.LocalDate.of(DemoFixture.YEAR, 1, 1), DemoFixture.CLOCK.instant()
                    .atZone(DemoFixture.CHINA).toLocalDate());
            assertThat(t.talkerName()).isNotEqualTo(t.cadreName());
        });
    }

    @Test
    void everyActiveCadreHasOneCommitmentMostOfThemSigned() {
        List<CadreSummary> active = first.cadres.listCadres().stream().filter(c -> c.status() == CadreStatus.ACTIVE)
                .toList();
        Map<java.util.UUID, Long> perCadre = commitments.stream()
                .collect(Collectors.groupingBy(CommitmentSummary::cadreId, Collectors.counting()));
        long signed = commitments.stream().filter(CommitmentSummary::isSigned).count();

        assertThat(perCadre.keySet()).containsExactlyInAnyOrderElementsOf(active.stream().map(CadreSummary::id).toList());
        assertThat(perCadre.values()).allMatch(n -> n == 1);
        assertThat(signed).isGreaterThan(commitments.size() * 3L / 4).isLessThan(commitments.size());
    }

    @Test
    void theSameSeedGivesTheSameTalksAndCommitments() {
        try (TestServices again = TestServices.open(dir.resolve("again"), DemoFixture.CLOCK)) {
            again.demo.generate(new DemoOptions(CADRES, 7, DemoFixture.YEAR), ProgressListener.NONE);
            Function<TalkSummary, String> talk = t -> t.id() + t.cadreName() + t.kind() + t.date() + t.talkerName()
                    + t.content();
            Function<CommitmentSummary, String> commitment = m -> m.id() + m.cadreName() + m.signedOn();
            assertThat(again.talks.listTalks(DemoFixture.YEAR).stream().map(talk).sorted().toList())
                    .isEqualTo(talks.stream().map(talk).sorted().toList());
            assertThat(again.commitments.list(DemoFixture.YEAR).stream().map(commitment).sorted().toList())
                    .isEqualTo(commitments.stream().map(commitment).sorted().toList());
        }
    }
}
