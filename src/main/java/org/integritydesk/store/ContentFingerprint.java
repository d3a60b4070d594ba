package org.integritydesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a database holds, in a form two databases can be compared by: the row count of every table
 * and one SHA-256 over every table's rows in primary-key order. Equal fingerprints mean equal
 * content, whatever the files' bytes (H2 lays pages out differently after every compaction).
 */
public record ContentFingerprint(SortedMap<String, Long> rowCounts, String sha256) {
    private static final String HASH = "sha256";
    private static final String ROWS = "rows.";

    public ContentFingerprint {
        rowCounts = Collections.unmodifiableSortedMap(new TreeMap<>(rowCounts));
    }

    public long rows(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> counts() {
        return rowCounts;
    }

    /** As stored beside the database in a backup zip: one "key=value" line each. */
    String toText() {
        StringBuilder text = new StringBuilder("# Integrity Desk: content of the database in this backup\n");
        text.append(HASH).append('=').append(sha256).append('\n');
        rowCounts.forEach((table, rows) -> text.append(ROWS).append(table).append('=').append(rows).append('\n'));
        return text.toString();
    }

    /** The fingerprint {@link #toText()} wrote, or empty for text that is not one. */
    static Optional<ContentFingerprint> parse(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String hash = values.getProperty(HASH);
        if (hash == null) {
            return Optional.empty();
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        try {
            for (String key : values.stringPropertyNames()) {
                if (key.startsWith(ROWS)) {
                    counts.put(key.substring(ROWS.length()), Long.parseLong(values.getProperty(key)));
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new ContentFingerprint(counts, hash));
    }
}
