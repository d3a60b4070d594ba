package org.integritydesk.service;

/** Someone saved the record after this user opened it; their save would be overwritten, so it is refused. */
public class ConcurrentEditException extends ServiceException {
    public ConcurrentEditException(String recordDescription, Throwable cause) {
        super(cause, "error.concurrentEdit", recordDescription);
    }
}
