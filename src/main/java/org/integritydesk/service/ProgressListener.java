package org.integritydesk.service;

/**
 * Told how far a long piece of work (generating demo data, printing a batch) has got, so a window
 * can move a progress bar and the command line can print a line. It is called on the thread doing
 * the work, after each step that is finished for good.
 */
@FunctionalInterface
public interface ProgressListener {
    /** For callers that do not show progress. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} units of work are finished; {@code done == total} at the end. */
    void progress(long done, long total);
}
