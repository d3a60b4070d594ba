package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A value handed once from the home tab's figures to its charts: same key, recent, taken once. */
class HandOverTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final HandOver<String> handOver = new HandOver<>(10, now::get);

    @Test
    void theNextStepTakesTheValueOnceForTheSameKey() {
        assertThat(handOver.put("2025/inspector", "counted")).isEqualTo("counted");

        assertThat(handOver.take("2025/inspector", () -> "afresh")).isEqualTo("counted");
        assertThat(handOver.take("2025/inspector", () -> "afresh")).isEqualTo("afresh");
    }

    @Test
    void anotherKeyComputesAfresh() {
        handOver.put("2025/inspector", "counted");

        assertThat(handOver.take("2025/clerk", () -> "afresh")).isEqualTo("afresh");
        assertThat(handOver.take("2025/inspector", () -> "afresh")).isEqualTo("afresh");
    }

    @Test
    void aValueOlderThanTheLimitIsNotUsed() {
        handOver.put("k", "counted");
        now.addAndGet(10);
        assertThat(handOver.take("k", () -> "afresh")).isEqualTo("counted");

        handOver.put("k", "counted");
        now.addAndGet(11);
        assertThat(handOver.take("k", () -> "afresh")).isEqualTo("afresh");
    }

    @Test
    void aNewerValueReplacesTheOneNotTaken() {
        handOver.put("k", "first");
        handOver.put("k", "second");

        assertThat(handOver.take("k", () -> "afresh")).isEqualTo("second");
    }
}
