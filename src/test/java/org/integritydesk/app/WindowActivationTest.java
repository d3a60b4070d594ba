package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowActivationTest {
    @TempDir Path dataDir;

    @Test
    void aSecondStartBringsTheRunningWindowForward() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (WindowActivation ignored = WindowActivation.listen(dataDir, shown::countDown)) {
            assertThat(WindowActivation.askRunningWindowToShow(dataDir)).isTrue();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aRequestWithoutTheTokenIsIgnored() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (WindowActivation ignored = WindowActivation.listen(dataDir, shown::countDown)) {
            Path file = dataDir.resolve(WindowActivation.FILE_NAME);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.write(file, List.of(lines.get(0), "not-the-token"), StandardCharsets.UTF_8);
            WindowActivation.askRunningWindowToShow(dataDir);
            assertThat(shown.await(500, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void withNothingRunningTheRequestFailsQuietly() {
        assertThat(WindowActivation.askRunningWindowToShow(dataDir)).isFalse();
    }

    @Test
    void closingRemovesThePortFile() throws Exception {
        WindowActivation activation = WindowActivation.listen(dataDir, () -> { });
        activation.close();
        assertThat(dataDir.resolve(WindowActivation.FILE_NAME)).doesNotExist();
    }
}
