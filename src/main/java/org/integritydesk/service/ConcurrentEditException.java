package org.integritydesk.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.integritydesk.store.VersionConflictException;

/**
 * Someone saved the record after this user opened it; their save would be overwritten, so it is
 * refused. When the store knows who saved it last and when, the message names them ("已由 张三 于
 * 2025-03-15 10:02 修改"), so on a shared server the user knows whom to ask.
 */
public class ConcurrentEditException extends ServiceException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public ConcurrentEditException(String recordDescription, Throwable cause) {
        super(cause, keyFor(cause), argsFor(recordDescription, cause));
    }

    private static VersionConflictException conflict(Throwable cause) {
        return cause instanceof VersionConflictException v && v.changedBy().isPresent() && v.changedAt().isPresent()
                ? v : null;
    }

    private static String keyFor(Throwable cause) {
        return conflict(cause) == null ? "error.concurrentEdit" : "error.concurrentEditBy";
    }

    private static Object[] argsFor(String recordDescription, Throwable cause) {
        VersionConflictException v = conflict(cause);
        if (v == null) {
            return new Object[] {recordDescription};
        }
        return new Object[] {recordDescription, v.changedBy().orElseThrow(),
                WHEN.format(v.changedAt().orElseThrow().atZone(ZoneId.systemDefault()))};
    }
}
