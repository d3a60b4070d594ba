package org.integritydesk.report;

/** Told after each part of a long fill (one cadre's sheet, say); called on the filling thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
