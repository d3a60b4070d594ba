package org.integritydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
    /**
     * Through TestFX, like every UI test: a toolkit started with {@code Platform.startup} here would
     * stop TestFX from starting its own for the UI test classes that run later in the same JVM.
     */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void deliversTheResultOnTheFxThread() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(1)) {
            CountDownLatch delivered = new CountDownLatch(1);
            AtomicReference<String> result = new AtomicReference<>();
            runner.submit(ctx -> "done", value -> {
                result.set(Platform.isFxApplicationThread() ? value : "wrong thread");
                delivered.countDown();
            }, failure -> delivered.countDown());

            assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(result).hasValue("done");
        }
    }

    @Test
    void dropsWhatWorkStillRunningReportsAfterClose() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Object> delivered = new AtomicReference<>();
        runner.submit(ctx -> {
            running.countDown();
            try {
                Thread.sleep(10_000);
                return "too late";
            } finally {
                ended.countDown();
            }
        }, delivered::set, delivered::set);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        runner.close();

        assertThat(ended.await(10, TimeUnit.SECONDS)).as("interrupted").isTrue();
        Thread.sleep(200);
        CountDownLatch flushed = new CountDownLatch(1);
        Platform.runLater(flushed::countDown);
        assertThat(flushed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).hasValue(null);
    }
}
