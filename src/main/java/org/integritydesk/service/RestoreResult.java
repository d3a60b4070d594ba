package org.integritydesk.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A finished restore: the backup it came from, the data folder it went into, where the replaced
 * database was saved (empty when the folder had none) and the row count of every table after reopening.
 */
public record RestoreResult(Path backup, Path dataDir, Optional<Path> safetyCopy, Map<String, Long> rowCounts) {
    public long rows(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }
}
