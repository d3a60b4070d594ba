package org.integritydesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.BackupName;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.store.BackupException;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseAccess;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.DatabaseInUseException;
import org.integritydesk.store.DatabaseRestore;
import org.integritydesk.store.StoreException;

/**
 * Restores a data folder from a backup. The database must be closed (the window closes its own
 * first); the folder's lock is held throughout, so a running program makes the restore fail
 * before anything changes. The backup is checked, the current database saved as a safety copy
 * into the backup folder, the file replaced, and the database opened once more to prove it opens.
 */
public final class RestoreService {
    private final Path dataDir;
    private final DatabaseAccess access;
    private final Clock clock;
    private final BackupRetention retention;

    public RestoreService(Path dataDir, DatabaseAccess access, Clock clock, BackupRetention retention) {
        this.dataDir = dataDir;
        this.access = access;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * @throws ServiceException when the backup is unusable ({@code error.backup.*}), the program has
     *         the folder open ({@code error.restore.inUse}) or a file cannot be written; the current
     *         database is then unchanged
     */
    public RestoreResult restore(Path zip) {
        // restoring onto a new PC may create the data folder; a failed restore removes it again
        boolean folderExisted = Files.exists(dataDir);
        try {
            return restoreInto(zip);
        } catch (RuntimeException e) {
            if (!folderExisted) {
                deleteTree(dataDir);
            }
            throw e;
        }
    }

    private RestoreResult restoreInto(Path zip) {
        Path folder = safetyFolder();
        boolean folderExisted = Files.isDirectory(folder);
        BackupFolder safetyFolder = new BackupFolder(folder);
        LocalDateTime now = LocalDateTime.now(clock);
        Path safetyCopy = safetyFolder.pathOf(new BackupName(now, BackupKind.BEFORE_RESTORE));
        DatabaseRestore.Outcome outcome;
        try {
            createIfDefault(folder);
            outcome = DatabaseRestore.restore(dataDir, zip, safetyCopy, access);
        } catch (RuntimeException e) {
            if (!folderExisted) {
                deleteIfEmpty(folder);
            }
            throw translate(e);
        }
        ContentFingerprint reopened = reopen(outcome);
        safetyFolder.applyRetention(retention, now);
        return new RestoreResult(zip.toAbsolutePath(), dataDir.toAbsolutePath(), outcome.safetyCopy(), reopened.counts());
    }

    private ContentFingerprint reopen(DatabaseRestore.Outcome outcome) {
        try (Database database = access.open(dataDir)) {
            return new DatabaseBackup(database).contentFingerprint();
        } catch (StoreException e) {
            throw new ServiceException(e, "error.restore.reopen", e.getMessage(),
                    outcome.safetyCopy().map(Path::toString).orElse("-"));
        }
    }

    /**
     * The backup folder the current database names, so the safety copy lands beside the other
     * backups. A folder without a database, or one whose database will not open (the usual
     * reason to restore), uses the default folder in the data folder.
     */
    private Path safetyFolder() {
        try {
            return DatabaseRestore.settingOf(dataDir, BackupService.FOLDER_SETTING, access).map(Path::of)
                    .orElse(BackupService.defaultFolder(dataDir));
        } catch (DatabaseInUseException e) {
            throw BackupErrors.inUse(e);
        }
    }

    /** The default folder is made when needed; a chosen one (a USB drive) must be there. */
    private void createIfDefault(Path folder) {
        if (folder.equals(BackupService.defaultFolder(dataDir))) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ServiceException(e, "error.backup.write", folder, e.getMessage());
            }
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof BackupException failed) {
            return BackupErrors.of(failed);
        }
        if (e instanceof DatabaseInUseException inUse) {
            return BackupErrors.inUse(inUse);
        }
        return e;
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty after all: then it is not ours to remove
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // only empty folders and a lock file of ours can be left; the restore's own error matters
        }
    }
}
