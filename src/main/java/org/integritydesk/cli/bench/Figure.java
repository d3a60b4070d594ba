package org.integritydesk.cli.bench;

import java.util.Locale;

/** One printed line: a figure's name, then {@code key=value} pairs, e.g. {@code open-file-ms first=41.2 p50=3.1}. */
public final class Figure {
    private final StringBuilder line;

    public Figure(String name) {
        this.line = new StringBuilder(name);
    }

    public Figure with(String key, long value) {
        line.append(' ').append(key).append('=').append(value);
        return this;
    }

    public Figure with(String key, String value) {
        line.append(' ').append(key).append('=').append(value);
        return this;
    }

    /** A duration in milliseconds with one decimal. */
    public Figure millis(String key, long nanos) {
        return with(key, String.format(Locale.ROOT, "%.1f", nanos / 1e6));
    }

    /** {@code p50=.. p95=.. max=.. n=..} of the samples, in milliseconds. */
    public Figure spread(Samples samples) {
        return millis("p50", samples.percentile(50)).millis("p95", samples.percentile(95))
                .millis("max", samples.max()).with("n", samples.count());
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
