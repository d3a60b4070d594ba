package org.integritydesk.service;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value one step computed, handed once to the next step that needs the same value, when both run
 * for the same key within a short time; otherwise the next step computes it afresh. The home tab
 * asks for its figures and then its charts in one background task, and both count the same year's
 * ledger items and education totals (on the province-scale folder a pass over 100,000 ledger items,
 * about a second on H2): the charts take what the figures read instead of reading it again.
 */
final class HandOver<T> {
    private record Held<T>(Object key, long at, T value) {
    }

    private final AtomicReference<Held<T>> held = new AtomicReference<>();
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;

    HandOver(long maxAgeNanos, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAgeNanos;
        this.nanoTime = nanoTime;
    }

    /** Keeps {@code value} for the next {@link #take} with an equal key; returns it. */
    T put(Object key, T value) {
        held.set(new Held<>(key, nanoTime.getAsLong(), value));
        return value;
    }

    /** The value kept for {@code key} if it is recent enough (it is gone afterwards), else {@code compute}'s. */
    T take(Object key, Supplier<T> compute) {
        Held<T> h = held.getAndSet(null);
        return h != null && h.key().equals(key) && nanoTime.getAsLong() - h.at() <= maxAgeNanos ? h.value()
                : compute.get();
    }
}
