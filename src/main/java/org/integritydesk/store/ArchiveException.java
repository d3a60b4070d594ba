package org.integritydesk.store;

import java.nio.file.Path;

/**
 * A year archive cannot be written, or an archive file cannot be used. The {@link Problem} says
 * which, so the service layer can tell the clerk in their language.
 */
public class ArchiveException extends StoreException {
    public enum Problem {
        /** The file does not exist or cannot be read. */
        FILE_MISSING,
        /** No archive header: not an archive of this program. */
        NOT_AN_ARCHIVE,
        /** An archive of a newer format than this version of the program reads. */
        NEWER_FORMAT,
        /** The header is there but the file ends before its content does. */
        TRUNCATED,
        /** The signature does not match: the file was changed, or it was written for another data folder's key. */
        SIGNATURE_MISMATCH,
        /** Signed correctly, yet the content does not decrypt or load (should not happen). */
        DAMAGED,
        /** The database could not be read or written into the archive. */
        WRITE_FAILED
    }

    private final Problem problem;
    private final Path file;
    private final String detail;

    public ArchiveException(Problem problem, Path file, String detail, Throwable cause) {
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
