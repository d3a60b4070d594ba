package org.integritydesk.ui.common;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way screens run work that touches the database, files or reports: off the JavaFX
 * thread in the app, synchronously in view-model tests. Callbacks always arrive on the JavaFX
 * thread in the app.
 */
public interface TaskRunner {

    /** Work to run in the background; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(WorkContext context) throws Exception;
    }

    /** What background work may use: report progress, ask whether the user cancelled. */
    interface WorkContext {
        void progress(long done, long total);

        boolean isCancelled();
    }

    /** A submitted piece of work. */
    interface Handle {
        void cancel();
    }

    <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, DoubleConsumer onProgress);

    /**
     * Work done ahead of need, such as a cache filled while the user reads the screen: nobody waits
     * for its result, and a failure is left to whoever needs the result later (it tries again and says
     * what is wrong). Runs like any other work unless a runner says otherwise.
     */
    default void submitAhead(Work<?> work) {
        submit(work, done -> { }, failure -> { });
    }

    default <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(work, onSuccess, onFailure, p -> { });
    }
}
