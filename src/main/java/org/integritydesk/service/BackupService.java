package org.integritydesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.BackupName;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.store.BackupException;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;

/**
 * Backups of the open database: "back up now", the automatic ones at exit and once a day, the list
 * the backup screen shows, and the folder they go to (kept in the database, so every PC using it
 * agrees). After each backup into the folder the retention rule deletes what it no longer keeps.
 */
public final class BackupService {
    static final String FOLDER_SETTING = "backup.folder";
    static final String DEFAULT_FOLDER_NAME = "backups";
    /** "Daily" means: no backup in the last 24 hours, whatever the calendar says. */
    public static final Duration DAILY_INTERVAL = Duration.ofHours(24);

    private final Transactions tx;
    private final SettingsRepository settings;
    private final DatabaseBackup backup;
    private final Stamps stamps;
    private final BackupRetention retention;
    private final Runnable requireBackupRight;
    /** The file ending of a server backup: pg_dump's custom format, restored with pg_restore. */
    public static final String SERVER_DUMP_SUFFIX = ".pgdump";
    private java.util.function.Supplier<Optional<Path>> pgDump =
            () -> org.integritydesk.store.ServerDump.findPgDump(System.getenv());

    /**
     * @param requireBackupRight throws unless the logged-in user may back up and restore; the
     *        automatic daily and exit backups run for whoever is logged in and do not ask
     */
    public BackupService(Transactions tx, SettingsRepository settings, DatabaseBackup backup, Stamps stamps,
            BackupRetention retention, Runnable requireBackupRight) {
        this.tx = tx;
        this.settings = settings;
        this.backup = backup;
        this.stamps = stamps;
        this.retention = retention;
        this.requireBackupRight = requireBackupRight;
    }

    /** The folder backups go to: the setting, or {@code backups} in the data folder. */
    public Path backupFolder() {
        return tx.read(() -> folderSetting(settings, backup.dataDir()));
    }

    static Path folderSetting(SettingsRepository settings, Path dataDir) {
        return settings.get(FOLDER_SETTING).map(Path::of).orElse(defaultFolder(dataDir));
    }

    static Path defaultFolder(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(DEFAULT_FOLDER_NAME);
    }

    /** Sends backups to {@code folder} from now on (e.g. a USB drive); it must exist. */
    public void setBackupFolder(Path folder) {
        requireBackupRight.run();
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new ServiceException("error.backup.folderMissing", absolute);
        }
        if (!Files.isDirectory(absolute)) {
            throw new ServiceException("error.backup.notAFolder", absolute);
        }
        tx.run(() -> settings.put(FOLDER_SETTING, absolute.toString(), stamps.next()));
    }

    /**
     * Backs up into the backup folder under a name saying when and why, then deletes the backups
     * the retention rule no longer keeps.
     */
    public BackupInfo backupNow(BackupKind kind) {
        if (kind == BackupKind.BEFORE_RESTORE) {
            throw new IllegalArgumentException("safety copies are made by the restore");
        }
        if (kind == BackupKind.MANUAL) {
            requireBackupRight.run();
        }
        if (onServer() && kind != BackupKind.MANUAL) {
            throw new ServiceException("error.backup.serverAutomatic");
        }
        Path folder = backupFolder();
        createIfDefault(folder);
        BackupFolder files = new BackupFolder(folder);
        LocalDateTime now = now();
        BackupName name = new BackupName(now, kind);
        Path target = files.pathOf(name);
        if (onServer()) {
            Path dump = target.resolveSibling(target.getFileName().toString()
                    .replace(BackupName.SUFFIX, SERVER_DUMP_SUFFIX));
            return new BackupInfo(dump, name.time(), kind, dumpServer(dump));
        }
        long size = write(target);
        files.applyRetention(retention, now);
        return new BackupInfo(target, name.time(), kind, size);
    }

    /** Backs up to a file the clerk chose; outside the backup folder's rotation. */
    public BackupInfo backupTo(Path file) {
        requireBackupRight.run();
        long size = onServer() ? dumpServer(file) : write(file);
        return new BackupInfo(file.toAbsolutePath(), now().withNano(0), BackupKind.MANUAL, size);
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> listBackups() {
        return new BackupFolder(backupFolder()).list();
    }

    /**
     * When the newest backup of the current state was made: safety copies hold the state before a
     * restore, and backups dated in the future (a wrong clock) would stop daily backups, so neither counts.
     */
    public Optional<LocalDateTime> lastBackupTime() {
        LocalDateTime now = now();
        return listBackups().stream()
                .filter(b -> b.kind() != BackupKind.BEFORE_RESTORE && !b.time().isAfter(now))
                .map(BackupInfo::time)
                .findFirst();
    }

    public boolean isDailyBackupDue(Optional<LocalDateTime> lastBackupTime) {
        return lastBackupTime.map(last -> !last.plus(DAILY_INTERVAL).isAfter(now())).orElse(true);
    }

    /** The daily backup, if none was made in the last 24 hours. */
    public Optional<BackupInfo> backupIfDailyDue() {
        if (onServer()) {
            return Optional.empty(); // the server's own backups, not every PC's
        }
        return isDailyBackupDue(lastBackupTime()) ? Optional.of(backupNow(BackupKind.DAILY)) : Optional.empty();
    }

    /**
     * Checks a backup file (every row reads back; it is a database of this program) without
     * touching the open database; returns the row count of every table.
     */
    public Map<String, Long> verify(Path zip) {
        try {
            return DatabaseBackup.verify(zip, backup.access()).counts();
        } catch (BackupException e) {
            throw BackupErrors.of(e);
        }
    }

    /** Whether the database is on a server: backups are pg_dump files, made on request only. */
    public boolean onServer() {
        return backup.server().isPresent();
    }

    /** Where pg_dump is found (tests replace it). */
    void findPgDumpWith(java.util.function.Supplier<Optional<Path>> finder) {
        this.pgDump = finder;
    }

    private long dumpServer(Path file) {
        org.integritydesk.store.ServerSettings server = backup.server().orElseThrow();
        Path tool = pgDump.get().orElseThrow(() -> new ServiceException("error.backup.serverNoPgDump",
                server.host() + ":" + server.port() + "/" + server.database(), server.host(),
                String.valueOf(server.port()), server.user(), server.database()));
        try {
            return org.integritydesk.store.ServerDump.dump(tool, server, backup.schema().orElse(null), file);
        } catch (BackupException e) {
            throw new ServiceException(e, "error.backup.pgDumpFailed", file, e.detail());
        }
    }

    private long write(Path target) {
        try {
            return backup.backupTo(target);
        } catch (BackupException e) {
            throw BackupErrors.of(e);
        }
    }

    private void createIfDefault(Path folder) {
        // a chosen folder is never created: on a USB drive that is not plugged in, that would put
        // the backups on the PC's own disk, where nobody looks for them
        if (folder.equals(defaultFolder(backup.dataDir()))) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ServiceException(e, "error.backup.write", folder, e.getMessage());
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(stamps.clock());
    }
}
