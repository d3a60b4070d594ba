package org.integritydesk.report;

/**
 * The user cancelled a fill. Not a {@link ReportException}: a cancellation is no failure, and code
 * that shows failures to the user should not show this one.
 */
public class ReportCancelledException extends RuntimeException {
    public ReportCancelledException(int done, int total) {
        super("report cancelled after " + done + " of " + total);
    }
}
