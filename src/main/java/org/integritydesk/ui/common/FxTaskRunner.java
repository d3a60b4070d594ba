package org.integritydesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s on a small pool of daemon threads. Once closed (the window is
 * going away), the results and failures of work still running are dropped: a list still loading
 * when the database closes must not pop up an error while the toolkit shuts down.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;
    private volatile boolean closed;

    public FxTaskRunner(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "background-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, DoubleConsumer onProgress) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new WorkContext() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return super.isCancelled();
            }
        };
        task.progressProperty().addListener((obs, old, value) -> onProgress.accept(value.doubleValue()));
        task.setOnSucceeded(e -> unlessClosed(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> unlessClosed(() -> onFailure.accept(task.getException())));
        task.setOnCancelled(e -> unlessClosed(() -> onFailure.accept(new java.util.concurrent.CancellationException())));
        executor.execute(task);
        return () -> task.cancel(false);
    }

    private void unlessClosed(Runnable callback) {
        if (!closed) {
            callback.run();
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
