package org.integritydesk.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code rss-mb after-load=.. peak=.. heap-committed=.. heap-max=..}: the resident size of the bench
 * process once everything before it has been loaded (after a garbage collection), the largest it
 * has been, and the heap the JVM holds and may grow to. Resident sizes are read from the operating
 * system ({@code /proc/self/status} on Linux); where there is no such file they are the memory the
 * JVM has committed (heap and non-heap), which is close to, and below, the resident size.
 */
public final class ResidentMemoryMeasurement implements Measurement {
    private static final long MB = 1024 * 1024;

    @Override
    public void run(BenchContext context) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        long committed = heap.getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        List<String> status = procStatus();
        long resident = kilobytes(status, "VmRSS:").orElse(committed / 1024) * 1024;
        long peak = kilobytes(status, "VmHWM:").orElse(resident / 1024) * 1024;
        context.print(new Figure("rss-mb").with("after-load", resident / MB).with("peak", peak / MB)
                .with("heap-committed", heap.getCommitted() / MB).with("heap-max", heap.getMax() / MB));
    }

    private static List<String> procStatus() {
        try {
            Path status = Path.of("/proc/self/status");
            return Files.isReadable(status) ? Files.readAllLines(status) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** "VmRSS:   123456 kB" as 123456. */
    static OptionalLong kilobytes(List<String> status, String field) {
        for (String line : status) {
            if (line.startsWith(field)) {
                String[] parts = line.substring(field.length()).strip().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }
}
