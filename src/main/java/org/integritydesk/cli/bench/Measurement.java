package org.integritydesk.cli.bench;

/**
 * One measurement of {@code integrity-desk bench}: it runs on the open data folder and prints one
 * line per figure through {@link BenchContext#print(Figure)}. Measurements only read.
 */
@FunctionalInterface
public interface Measurement {
    void run(BenchContext context) throws Exception;

    /** What {@code bench --only} matches: the class's simple name unless a measurement says better. */
    default String name() {
        return getClass().getSimpleName();
    }
}
