package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.RestoreResult;

/**
 * Restores a closed data folder from a backup; the composition root provides it, knowing how the
 * database is opened.
 */
@FunctionalInterface
public interface FolderRestorer {
    /** Restores as {@code username}, who must be allowed to back up and restore. */
    RestoreResult restore(Path dataDir, String username, char[] password, Path backup);
}
