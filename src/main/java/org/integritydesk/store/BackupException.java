package org.integritydesk.store;

import java.nio.file.Path;

/**
 * A backup could not be written, or a backup file cannot be used. The {@link Problem} says which,
 * so the service layer can tell the clerk in their language; {@link #file()} is the file or folder
 * concerned and {@link #detail()} the system's own words (e.g. "No space left on device").
 */
public class BackupException extends StoreException {
    public enum Problem {
        /** The folder to write into does not exist (a USB drive not plugged in). */
        FOLDER_MISSING,
        /** The path given as a folder is a file. */
        NOT_A_FOLDER,
        /** Writing failed: disk full, read-only folder, no permission. */
        WRITE_FAILED,
        /** The backup file to read does not exist. */
        FILE_MISSING,
        /** The file is empty, cut short or not a zip archive at all. */
        NOT_A_ZIP,
        /** A zip archive, but without the database file in it. */
        NO_DATABASE,
        /** The database in the archive does not read back whole (checksum, damaged pages). */
        DAMAGED,
        /** A readable H2 database, but not one of this program. */
        NOT_OURS,
        /** The backup is whole, but this version of the program cannot open it (made by a newer one). */
        CANNOT_OPEN
    }

    private final Problem problem;
    private final Path file;
    private final String detail;

    public BackupException(Problem problem, Path file, String detail, Throwable cause) {
        super(problem + " " + file + (detail == null ? "" : ": " + detail), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public String detail() {
        return detail;
    }
}
