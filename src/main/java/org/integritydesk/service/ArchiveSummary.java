package org.integritydesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;

/**
 * What checking an archive found: its signature holds, and what its header and content say.
 *
 * @param schemaVersion the schema version it was written at
 * @param rowCounts every table's row count after opening it with this version
 */
public record ArchiveSummary(Path file, int year, Instant createdAt, String createdBy, String appVersion,
        String schemaVersion, SortedMap<String, Long> rowCounts) {

    public long rows(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }
}
