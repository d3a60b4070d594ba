package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessUptimeTest {
    @Test
    void theProcessStartedJustBeforeTheJvmCountsFrom() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/stat")), "Linux only");
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();

        long processUptime = ProcessUptime.fromProc().toMillis();

        // /proc counts in 10 ms ticks; ProcessHandle was up to a whole second early on Linux
        assertThat(processUptime).isBetween(jvmUptime - 20, jvmUptime + 500);
        assertThat(ProcessUptime.now().toMillis()).isGreaterThanOrEqualTo(processUptime);
    }
}
