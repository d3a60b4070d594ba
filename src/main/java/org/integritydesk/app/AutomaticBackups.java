package org.integritydesk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups nobody has to remember: one a day while the window is open (none in the last 24
 * hours, checked a minute after start-up so the window comes first, then every hour) and one at
 * exit. A failure is logged and nothing more: a full USB drive must never keep the window from
 * working or from closing.
 */
final class AutomaticBackups {
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);
    static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    static final Duration CHECK_EVERY = Duration.ofHours(1);
    /** How long closing waits for a daily backup already running. */
    static final Duration FINISH_RUNNING = Duration.ofMinutes(2);

    private final BackupService backups;
    private final ScheduledExecutorService scheduler;

    private AutomaticBackups(BackupService backups) {
        this.backups = backups;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "daily-backup");
            thread.setDaemon(true);
            return thread;
        });
    }

    static AutomaticBackups start(BackupService backups) {
        return start(backups, FIRST_CHECK, CHECK_EVERY);
    }

    static AutomaticBackups start(BackupService backups, Duration firstCheck, Duration checkEvery) {
        AutomaticBackups automatic = new AutomaticBackups(backups);
        automatic.scheduler.scheduleWithFixedDelay(automatic::dailyIfDue, firstCheck.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        return automatic;
    }

    void dailyIfDue() {
        try {
            backups.backupIfDailyDue().ifPresent(made -> LOG.info("daily backup written to {}", made.file()));
        } catch (RuntimeException e) {
            LOG.warn("the daily backup failed: {}", e.toString(), e);
        }
    }

    /**
     * Stops the daily check and makes the exit backup. A daily backup in progress is waited for,
     * not interrupted: H2 closes its file when a thread is interrupted in the middle of file I/O,
     * which would then fail the exit backup as well.
     */
    void stopAndBackUpAtExit() {
        stop();
        if (backups.onServer()) {
            return; // a server database is backed up on the server (pg_dump from the 数据备份 tab on request)
        }
        try {
            backups.backupNow(BackupKind.EXIT);
        } catch (RuntimeException e) {
            LOG.warn("the backup at exit failed: {}", e.toString(), e);
        }
    }

    /** Stops the daily check, waiting for a backup in progress (a restore is about to replace the file). */
    void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(FINISH_RUNNING.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("a daily backup was still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
