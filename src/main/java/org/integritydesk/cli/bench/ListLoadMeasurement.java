package org.integritydesk.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.CadreSummary;

/**
 * {@code list-load-ms first=.. again=.. cadres=..}: reading the cadre list as the cadre tab does,
 * in a fresh JVM and once more; then {@code heap-used-mb ..}: the heap in use after a garbage
 * collection, before and after, while the list is held.
 */
public final class ListLoadMeasurement implements Measurement {
    private static final double MB = 1024.0 * 1024.0;

    @Override
    public void run(BenchContext context) {
        long before = heapUsedAfterGc();
        long start = System.nanoTime();
        List<CadreSummary> first = context.services().cadres().listCadres();
        long firstNanos = System.nanoTime() - start;
        long held = heapUsedAfterGc();
        start = System.nanoTime();
        List<CadreSummary> again = context.services().cadres().listCadres();
        long againNanos = System.nanoTime() - start;
        context.print(new Figure("list-load-ms").millis("first", firstNanos).millis("again", againNanos)
                .with("cadres", first.size()));
        context.print(new Figure("heap-used-mb").with("before-list", mb(before)).with("after-list", mb(held))
                .with("list", mb(held - before)));
        Reference.reachabilityFence(first);
        Reference.reachabilityFence(again);
    }

    private static long heapUsedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Megabytes to one decimal; rounded first so that a tiny negative difference prints 0.0, not -0.0. */
    private static String mb(long bytes) {
        double tenths = Math.round(bytes / MB * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f", tenths == 0 ? 0.0 : tenths);
    }
}
