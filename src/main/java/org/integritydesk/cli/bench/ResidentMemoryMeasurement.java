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
 * {@code rss-mb after-load=.. peak=.. heap-committed=.. heap-max=.. tabs=..}: the resident size of the
 * bench process once the lists are loaded and every tab measured so far is kept open (after a
 * garbage collection), the largest it has been, and the heap the JVM holds and may grow to; and at
 * the end, {@code rss-mb-end after-all=.. peak=..}, the same after the printouts and the year's
 * assessment, whose working memory the JVM keeps committed for a while. Resident sizes are read from
 * the operating system ({@code /proc/self/status} on Linux); where there is no such file they are
 * the memory the JVM has committed (heap and non-heap), which is close to, and below, the resident size.
 */
public final class ResidentMemoryMeasurement implements Measurement {
    private static final long MB = 1024 * 1024;
    private final boolean atEnd;

    private ResidentMemoryMeasurement(boolean atEnd) {
        this.atEnd = atEnd;
    }

    /** After the lists and tabs are loaded, before any printout. */
    public static ResidentMemoryMeasurement afterLoad() {
        return new ResidentMemoryMeasurement(false);
    }

    /** After everything, the printouts included. */
    public static ResidentMemoryMeasurement atEnd() {
        return new ResidentMemoryMeasurement(true);
    }

    @Override
    public String name() {
        return atEnd ? "ResidentMemoryAtEnd" : "ResidentMemory";
    }

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
        Figure figure = atEnd ? new Figure("rss-mb-end").with("after-all", resident / MB)
                : new Figure("rss-mb").with("after-load", resident / MB);
        figure = figure.with("peak", peak / MB).with("heap-committed", heap.getCommitted() / MB)
                .with("heap-max", heap.getMax() / MB);
        context.print(atEnd ? figure : figure.with("tabs", context.openTabs()));
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
