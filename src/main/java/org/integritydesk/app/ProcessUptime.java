package org.integritydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long this process has been running, for {@code --startup-probe}. On Linux the start instant
 * of {@link ProcessHandle} is worked out from the boot time in whole seconds, so it comes out up
 * to a second early (785 ms on the benchmark machine); {@code /proc} gives the same span to 10 ms.
 * Elsewhere (Windows) {@link ProcessHandle} is exact enough.
 */
final class ProcessUptime {
    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture Java runs on. */
    private static final long MILLIS_PER_TICK = 10;

    private ProcessUptime() {
    }

    static Duration now() {
        try {
            return fromProc();
        } catch (IOException | RuntimeException e) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(start, Instant.now());
        }
    }

    static Duration fromProc() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // after "pid (name) ", field 3 (state) comes first; field 22 is the start time in ticks since boot
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[22 - 3]);
        double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        return Duration.ofMillis(Math.round(uptimeSeconds * 1000) - startTicks * MILLIS_PER_TICK);
    }
}
