package org.integritydesk.store;

import java.nio.file.Path;

/**
 * An attachment's file could not be copied in or read back. The {@link Problem} says which, so the
 * service layer can tell the clerk in their language; {@link #file()} is the file concerned (the
 * user's own file for the source problems) and {@link #detail()} the system's own words.
 */
public class AttachmentFileException extends StoreException {
    public enum Problem {
        /** The file to attach does not exist (any more). */
        SOURCE_MISSING,
        /** The path to attach is a folder or some other non-file. */
        SOURCE_NOT_A_FILE,
        /** The file to attach exists but cannot be read (no permission, locked, a read error). */
        SOURCE_UNREADABLE,
        /** Writing into the attachments folder failed: disk full, read-only folder, no permission. */
        WRITE_FAILED,
        /** The stored copy of an attachment is gone from the attachments folder. */
        STORED_MISSING,
        /** The stored copy does not decrypt (altered, cut short, another data folder's key) or its content changed. */
        DAMAGED
    }

    private final Problem problem;
    private final Path file;
    private final String detail;

    public AttachmentFileException(Problem problem, Path file, String detail, Throwable cause) {
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
