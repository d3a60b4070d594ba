package org.integritydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Backups of the live database (see {@link BackupWriter}), the check of a backup file, and the
 * content fingerprint a backup records and a restore is compared by.
 */
public final class DatabaseBackup {
    private final Database database;

    public DatabaseBackup(Database database) {
        this.database = database;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    /** How the live database was opened; its backups are read the same way. */
    public DatabaseAccess access() {
        return database.access();
    }

    /** The server the database is on (backed up with pg_dump), empty for the embedded file. */
    public java.util.Optional<ServerSettings> server() {
        return database.server();
    }

    /** The schema on the server when it is not the login's default (tests). */
    public java.util.Optional<String> schema() {
        return database.schema();
    }

    /**
     * Writes a backup of the database to {@code zip}, replacing any file of that name only once the
     * new one has been read back whole and is on disk. One backup at a time (the daily one and
     * "back up now" may coincide): they share the work folder in the data folder.
     *
     * @return the size of the backup in bytes
     * @throws BackupException {@code FOLDER_MISSING} or {@code NOT_A_FOLDER} when the target's folder
     *         is not a folder (H2 would create it), {@code WRITE_FAILED} for a full disk or a
     *         read-only folder, {@code DAMAGED} when the backup does not read back (the database
     *         itself is damaged); the previous file and the database are unchanged
     */
    public long backupTo(Path zip) {
        if (database.dialect() != Dialect.H2) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, zip,
                    "a database on a PostgreSQL server is backed up on the server (pg_dump), not into a zip", null);
        }
        // per database, not per instance: every DatabaseBackup of it shares the work folder
        synchronized (database) {
            try (Connection c = database.connection()) {
                return BackupWriter.write(c, zip.toAbsolutePath().normalize(), database.dataDir(), database.access());
            } catch (SQLException e) {
                throw new BackupException(BackupException.Problem.WRITE_FAILED, zip, FileSteps.describe(e), e);
            }
        }
    }

    /** The fingerprint of what the database holds now, read in one transaction. */
    public ContentFingerprint contentFingerprint() {
        try (Connection c = database.connection()) {
            int isolation = c.getTransactionIsolation();
            // one snapshot of every table, even while the window saves
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                return Fingerprints.of(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the database: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a backup file without touching the live database: the zip holds the database file,
     * every row of every table reads back, and it is a database of this program. Opened with the
     * same {@link DatabaseAccess} as the live database (encrypted backups need its key).
     *
     * @return the fingerprint of the backup's content
     * @throws BackupException naming what is wrong with the file
     */
    public static ContentFingerprint verify(Path zip, DatabaseAccess access) {
        Path work;
        try {
            work = Files.createTempDirectory("integrity-desk-check");
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, Path.of(System.getProperty("java.io.tmpdir")),
                    FileSteps.describe(e), e);
        }
        try {
            return BackupArchive.extractAndCheck(zip, work, access);
        } finally {
            FileSteps.deleteTreeQuietly(work);
        }
    }
}
