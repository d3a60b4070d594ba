package org.integritydesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.integritydesk.model.BackupName;
import org.integritydesk.model.BackupRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup files in one folder: only files named by {@link BackupName} count, so the folder may
 * be a USB drive with other files on it.
 */
final class BackupFolder {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    private final Path folder;

    BackupFolder(Path folder) {
        this.folder = folder;
    }

    Path pathOf(BackupName name) {
        return folder.resolve(name.fileName());
    }

    /** Newest first; an absent folder holds no backups. */
    List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> info(file).ifPresent(backups::add));
        } catch (IOException e) {
            throw new ServiceException(e, "error.backup.list", folder, e.getMessage());
        }
        backups.sort(Comparator.comparing(BackupInfo::time).thenComparing(BackupInfo::kind).reversed());
        return backups;
    }

    private static Optional<BackupInfo> info(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return BackupName.parse(file.getFileName().toString()).map(name -> {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = -1;
            }
            return new BackupInfo(file, name.time(), name.kind(), size);
        });
    }

    /**
     * Deletes what the retention rule does not keep. A file that will not go is logged and left:
     * failing to tidy up must not turn a good backup into an error.
     */
    List<Path> applyRetention(BackupRetention retention, LocalDateTime now) {
        List<BackupName> names = list().stream().map(b -> new BackupName(b.time(), b.kind())).toList();
        List<Path> deleted = new ArrayList<>();
        for (BackupName old : retention.delete(names, now)) {
            Path file = pathOf(old);
            try {
                Files.deleteIfExists(file);
                deleted.add(file);
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}: {}", file, e.toString());
            }
        }
        return deleted;
    }
}
