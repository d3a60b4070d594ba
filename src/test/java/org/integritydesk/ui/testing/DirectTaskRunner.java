package org.integritydesk.ui.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.integritydesk.ui.common.TaskRunner;

/**
 * Runs work at once on the calling thread, so a view-model test sees the result as soon as the
 * command returns. Cancelling behaves as the app's {@code FxTaskRunner} does: the failure callback
 * gets a {@link CancellationException} at once, and whatever the work returns later is dropped.
 *
 * <p>{@link #hold()} queues work instead of running it, to look at a screen while its work is
 * "still running" (a progress bar, a cancel button); {@link #runHeld()} then runs the queue.
 */
public final class DirectTaskRunner implements TaskRunner {
    private final Deque<Job<?>> held = new ArrayDeque<>();
    private boolean holding;
    private int submitted;

    @Override
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, DoubleConsumer onProgress) {
        Job<T> job = new Job<>(work, onSuccess, onFailure, onProgress);
        submitted++;
        if (holding) {
            held.add(job);
        } else {
            job.run();
        }
        return job;
    }

    /** From now on, submitted work waits in a queue until {@link #runHeld()}. */
    public void hold() {
        holding = true;
    }

    /** Runs the queued work in order (and any work it submits), then runs new work at once again. */
    public void runHeld() {
        holding = false;
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }

    /** How many pieces of work wait in the queue. */
    public int heldCount() {
        return held.size();
    }

    /** How many pieces of work were submitted since this runner was made. */
    public int submittedCount() {
        return submitted;
    }

    private static final class Job<T> implements Handle, WorkContext {
        private final Work<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final DoubleConsumer onProgress;
        private boolean cancelled;
        private boolean finished;

        Job(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, DoubleConsumer onProgress) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.onProgress = onProgress;
        }

        void run() {
            if (cancelled) {
                return;
            }
            T result;
            try {
                result = work.run(this);
            } catch (Exception e) {
                finish(() -> onFailure.accept(e));
                return;
            }
            finish(() -> onSuccess.accept(result));
        }

        private void finish(Runnable report) {
            if (!cancelled && !finished) {
                finished = true;
                report.run();
            }
        }

        @Override
        public void cancel() {
            if (!cancelled && !finished) {
                cancelled = true;
                onFailure.accept(new CancellationException());
            }
        }

        @Override
        public void progress(long done, long total) {
            if (!cancelled) {
                onProgress.accept(done < 0 || total <= 0 ? -1 : (double) Math.min(done, total) / total);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
