package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.integritydesk.model.AuditChain.Break;
import org.integritydesk.model.AuditChain.BrokenLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2025-03-15T02:00:00.123456789Z");
    private static final UUID CADRE = UUID.fromString("7d3f1c52-0000-4000-8000-000000000001");

    /** Five sealed events, sequences 1 to 5. */
    private static List<AuditEvent> chain() {
        List<AuditEvent> events = new ArrayList<>();
        AuditHead head = AuditHead.EMPTY;
        for (int i = 0; i < 5; i++) {
            AuditEvent sealed = AuditChain.seal(AuditEvent.unsealed(T0.plusSeconds(i), "纪检员王芳", AuditKind.UPDATE,
                    "cadre", CADRE, "张三", "{\"position\":\"科员" + i + "\"}", "{\"position\":\"副局长\"}", null,
                    "360821"), head);
            events.add(sealed);
            head = new AuditHead(sealed.sequence(), sealed.hash());
        }
        return events;
    }

    private static AuditHead headOf(List<AuditEvent> events) {
        AuditEvent last = events.get(events.size() - 1);
        return new AuditHead(last.sequence(), last.hash());
    }

    /** The chain with event {@code sequence} replaced by {@code change} of it. */
    private static List<AuditEvent> editing(long sequence, UnaryOperator<AuditEvent> change) {
        return chain().stream().map(e -> e.sequence() == sequence ? change.apply(e) : e).toList();
    }

    private static AuditEvent with(AuditEvent e, String actor, AuditKind kind, String after, String previousHash,
            String hash) {
        return new AuditEvent(e.sequence(), e.occurredAt(), actor, kind, e.recordType(), e.recordId(), e.recordLabel(),
                e.before(), after, e.purpose(), e.originUnit(), previousHash, hash);
    }

    private static AuditEvent renumbered(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.occurredAt(), e.actor(), e.kind(), e.recordType(), e.recordId(),
                e.recordLabel(), e.before(), e.after(), e.purpose(), e.originUnit(), e.previousHash(), e.hash());
    }

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("actor of event 3 changed",
                        editing(3, e -> with(e, "someone", e.kind(), e.after(), e.previousHash(), e.hash())),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("kind of event 3 changed",
                        editing(3, e -> with(e, e.actor(), AuditKind.VIEW, e.after(), e.previousHash(), e.hash())),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("kind of event 3 unreadable",
                        editing(3, e -> with(e, e.actor(), null, e.after(), e.previousHash(), e.hash())),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("after value of event 3 changed",
                        editing(3, e -> with(e, e.actor(), e.kind(), "{\"position\":\"局长\"}", e.previousHash(), e.hash())),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("time of event 3 changed",
                        editing(3, e -> new AuditEvent(e.sequence(), e.occurredAt().minusSeconds(3600), e.actor(), e.kind(),
                                e.recordType(), e.recordId(), e.recordLabel(), e.before(), e.after(), e.purpose(),
                                e.originUnit(), e.previousHash(), e.hash())),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("hash of event 3 replaced",
                        editing(3, e -> with(e, e.actor(), e.kind(), e.after(), e.previousHash(), "f".repeat(64))),
                        new BrokenLink(3, Break.CHANGED)),
                Arguments.of("event 3 edited and re-hashed",
                        editing(3, e -> {
                            AuditEvent edited = with(e, "someone", e.kind(), e.after(), e.previousHash(), null);
                            return with(edited, "someone", e.kind(), e.after(), e.previousHash(), AuditChain.hashOf(edited));
                        }),
                        new BrokenLink(4, Break.WRONG_PREVIOUS_HASH)),
                Arguments.of("previous hash of event 3 changed",
                        editing(3, e -> with(e, e.actor(), e.kind(), e.after(), "a".repeat(64), e.hash())),
                        new BrokenLink(3, Break.WRONG_PREVIOUS_HASH)),
                Arguments.of("event 3 deleted",
                        chain().stream().filter(e -> e.sequence() != 3).toList(),
                        new BrokenLink(3, Break.MISSING)),
                Arguments.of("first event deleted",
                        chain().subList(1, 5),
                        new BrokenLink(1, Break.MISSING)),
                Arguments.of("events 2 and 3 swapped sequences",
                        swappedSequences(2, 3),
                        new BrokenLink(2, Break.WRONG_PREVIOUS_HASH)),
                Arguments.of("event 3 repeated",
                        repeated(3),
                        new BrokenLink(3, Break.OUT_OF_ORDER)),
                Arguments.of("events 2 and 3 swapped in the list: read in order, 2 is missing where 3 appears",
                        swappedInList(),
                        new BrokenLink(2, Break.MISSING)),
                Arguments.of("a copy of event 2 put at the end",
                        copiedToTheEnd(2),
                        new BrokenLink(2, Break.OUT_OF_ORDER)),
                Arguments.of("event 1 not chained to the genesis value",
                        notFromGenesis(),
                        new BrokenLink(1, Break.NOT_CHAINED_TO_GENESIS)));
    }

    private static List<AuditEvent> swappedSequences(int a, int b) {
        List<AuditEvent> events = new ArrayList<>(chain());
        AuditEvent first = events.get(a - 1);
        AuditEvent second = events.get(b - 1);
        events.set(a - 1, renumbered(second, a));
        events.set(b - 1, renumbered(first, b));
        return events;
    }

    private static List<AuditEvent> repeated(int sequence) {
        List<AuditEvent> events = new ArrayList<>(chain());
        events.add(sequence, events.get(sequence - 1));
        return events;
    }

    private static List<AuditEvent> swappedInList() {
        List<AuditEvent> events = new ArrayList<>(chain());
        Collections.swap(events, 1, 2);
        return events;
    }

    private static List<AuditEvent> copiedToTheEnd(int sequence) {
        List<AuditEvent> events = new ArrayList<>(chain());
        events.add(events.get(sequence - 1));
        return events;
    }

    private static List<AuditEvent> notFromGenesis() {
        AuditEvent unsealed = AuditEvent.unsealed(T0, "纪检员王芳", AuditKind.CREATE, "cadre", CADRE, "张三", null, "{}",
                null, "360821");
        return List.of(AuditChain.seal(unsealed, new AuditHead(0, "1".repeat(64))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void findsTheFirstBrokenLink(String tampering, List<AuditEvent> events, BrokenLink expected) {
        assertThat(AuditChain.verify(events)).contains(expected);
    }

    @Test
    void anUntouchedChainHolds() {
        List<AuditEvent> events = chain();
        assertThat(AuditChain.verify(events)).isEmpty();
        assertThat(AuditChain.verify(events, headOf(events))).isEmpty();
    }

    @Test
    void anEmptyChainWithAnEmptyHeadHolds() {
        assertThat(AuditChain.verify(List.of(), AuditHead.EMPTY)).isEmpty();
    }

    @Test
    void sealingChainsEachEventToTheOneBefore() {
        List<AuditEvent> events = chain();
        assertThat(events).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(events.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i - 1).hash());
        }
        assertThat(events).allSatisfy(e -> assertThat(e.hash()).matches("[0-9a-f]{64}"));
    }

    @Test
    void sealingKeepsTheTimeToTheMicrosecondAsTheDatabaseDoes() {
        assertThat(chain().get(0).occurredAt()).isEqualTo(Instant.parse("2025-03-15T02:00:00.123456Z"));
    }

    @Test
    void aCutOffTailIsFoundThroughTheHead() {
        List<AuditEvent> events = chain();
        AuditHead head = headOf(events);

        assertThat(AuditChain.verify(events.subList(0, 3), head)).contains(new BrokenLink(4, Break.TAIL_MISSING));
        assertThat(AuditChain.verify(List.of(), head)).contains(new BrokenLink(1, Break.TAIL_MISSING));
    }

    @Test
    void anEventPastTheHeadIsFound() {
        List<AuditEvent> events = chain();
        AuditEvent third = events.get(2);

        assertThat(AuditChain.verify(events, new AuditHead(third.sequence(), third.hash())))
                .contains(new BrokenLink(4, Break.HEAD_MISMATCH));
    }

    @Test
    void aHeadWithAnotherHashIsFound() {
        assertThat(AuditChain.verify(chain(), new AuditHead(5, "e".repeat(64))))
                .contains(new BrokenLink(5, Break.HEAD_MISMATCH));
    }

    @Test
    void theHashCoversTheFieldBoundaries() {
        AuditEvent a = AuditEvent.unsealed(T0, "ab", AuditKind.VIEW, "c", null, null, null, null, null, "360821");
        AuditEvent b = AuditEvent.unsealed(T0, "a", AuditKind.VIEW, "bc", null, null, null, null, null, "360821");
        AuditEvent empty = AuditEvent.unsealed(T0, "a", AuditKind.VIEW, "bc", null, "", null, null, null, "360821");

        assertThat(AuditChain.seal(a, AuditHead.EMPTY).hash()).isNotEqualTo(AuditChain.seal(b, AuditHead.EMPTY).hash());
        assertThat(AuditChain.seal(b, AuditHead.EMPTY).hash()).isNotEqualTo(AuditChain.seal(empty, AuditHead.EMPTY).hash());
    }

    /** Stored chains depend on this text and hash: changing either breaks every existing database. */
    @Test
    void theCanonicalTextAndHashAreFixed() {
        AuditEvent event = AuditChain.seal(AuditEvent.unsealed(Instant.parse("2025-03-15T02:00:00Z"), "纪检员王芳",
                AuditKind.VIEW, "cadre", CADRE, "张三", null, null, "核查信访件 1", "360821"), AuditHead.EMPTY);

        assertThat(AuditChain.canonical(event)).isEqualTo("integrity-desk-audit-v1\n"
                + "previousHash=64:" + AuditChain.GENESIS + "\n"
                + "sequence=1:1\n"
                + "occurredAt=20:2025-03-15T02:00:00Z\n"
                + "actor=5:纪检员王芳\n"
                + "kind=4:VIEW\n"
                + "recordType=5:cadre\n"
                + "recordId=36:7d3f1c52-0000-4000-8000-000000000001\n"
                + "recordLabel=2:张三\n"
                + "before=-\n"
                + "after=-\n"
                + "purpose=7:核查信访件 1\n"
                + "originUnit=6:360821\n");
        // computed outside Java: Python hashlib.sha256 over the UTF-8 bytes of the text above
        assertThat(event.hash()).isEqualTo("723e1c2644d7f6febe557838f198dc809ef68559a6cbbb32c1216167a954f289");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "张三", "𠮷野家", "é·ü", "\u20ac"})
    void encodesTextAsUtf8(String text) {
        assertThat(AuditChain.utf8(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameEventAlwaysGivesTheSameHash() {
        assertThat(chain()).extracting(AuditEvent::hash).isEqualTo(chain().stream().map(AuditEvent::hash).toList());
    }

    @Test
    void checkingEventByEventStopsAtTheFirstBreak() {
        List<AuditEvent> events = editing(2, e -> with(e, "x", e.kind(), e.after(), e.previousHash(), e.hash()));
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        events.forEach(verifier::accept);

        assertThat(verifier.broken()).contains(new BrokenLink(2, Break.CHANGED));
        assertThat(verifier.accepted()).isEqualTo(1);
        assertThat(verifier.finish(headOf(events))).contains(new BrokenLink(2, Break.CHANGED));
    }
}
