package org.integritydesk.report;

/** A report could not be loaded, filled, exported or printed; the message says which and why. */
public class ReportException extends RuntimeException {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportException(String message) {
        super(message);
    }
}
