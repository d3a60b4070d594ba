package org.integritydesk.cli.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Durations in nanoseconds, with nearest-rank percentiles. */
public final class Samples {
    private long[] nanos = new long[16];
    private int count;

    /** Runs {@code work}, records how long it took, and returns its result. */
    public <T> T time(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add(System.nanoTime() - start);
        return result;
    }

    public void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    public int count() {
        return count;
    }

    /** The smallest sample that at least {@code p} percent of the samples do not exceed. */
    public long percentile(double p) {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The first sample (a cold start, usually). */
    public long first() {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        return nanos[0];
    }

    /** The samples after the first. */
    public Samples withoutFirst() {
        Samples rest = new Samples();
        for (int i = 1; i < count; i++) {
            rest.add(nanos[i]);
        }
        return rest;
    }

    public long max() {
        return percentile(100);
    }
}
