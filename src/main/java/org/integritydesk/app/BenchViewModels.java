package org.integritydesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/** What the bench's measurements give the view-models they drive instead of a window. */
final class BenchViewModels {
    private BenchViewModels() {
    }

    /** Runs the view-model's background work at once, on this thread. */
    static final class RunAtOnce implements TaskRunner {
        private static final WorkContext CONTEXT = new WorkContext() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        private final java.util.List<Work<?>> ahead = new java.util.ArrayList<>();

        /** Kept until {@link #runAhead()}: in the window it runs beside the user, not in the time measured. */
        @Override
        public void submitAhead(Work<?> work) {
            ahead.add(work);
        }

        /** Runs the work submitted ahead, as the window would have while the user looked at the screen. */
        void runAhead() {
            java.util.List<Work<?>> due = java.util.List.copyOf(ahead);
            ahead.clear();
            for (Work<?> work : due) {
                try {
                    work.run(CONTEXT);
                } catch (Exception e) {
                    // as in the window: left to the search that needs the result, which says what is wrong
                }
            }
        }

        @Override
        public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                DoubleConsumer onProgress) {
            T result;
            try {
                result = work.run(CONTEXT);
            } catch (Exception e) {
                onFailure.accept(e);
                return () -> { };
            }
            onSuccess.accept(result);
            return () -> { };
        }
    }

    /** Nobody to ask: an error the view-model would show ends the measurement instead. */
    static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Path> askSaveFile(String title, String suggestedName, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askPurpose(String title, String message, java.util.List<String> choices, String initial) {
            return Optional.empty();
        }
    }
}
