package org.integritydesk.model;

import java.time.LocalDate;

/**
 * How a ledger item stands against its deadline, for the share rectified on time (按期整改率):
 * <ul>
 * <li>{@code ON_TIME}: rectified (已整改 or 已销号) on or before the deadline;</li>
 * <li>{@code LATE}: rectified after the deadline, or still waiting (待整改, 整改中, 重新打开) with the
 * deadline passed (the day after the deadline is late, the deadline itself is not);</li>
 * <li>{@code NOT_YET_DUE}: still waiting and the deadline has not passed, or no deadline set: not
 * judged yet, so left out of the share.</li>
 * </ul>
 * A reopened item (重新打开) lost its rectification date when it was reopened: it is judged as an
 * item still waiting, against its deadline; once rectified again it counts by the new date.
 */
public enum Timeliness {
    ON_TIME, LATE, NOT_YET_DUE;

    public static Timeliness of(RectificationStatus status, LocalDate deadline, LocalDate rectifiedOn, LocalDate today) {
        boolean rectifiedByDeadline = rectifiedOn != null && deadline != null && !rectifiedOn.isAfter(deadline);
        return of(status, deadline != null, deadline != null && deadline.isBefore(today), rectifiedByDeadline);
    }

    /**
     * The same rule on the flags the analysis query reads per group of items.
     *
     * @param hasDeadline         a deadline is set
     * @param deadlinePassed      the deadline lies before today
     * @param rectifiedByDeadline the rectification date is on or before the deadline
     */
    public static Timeliness of(RectificationStatus status, boolean hasDeadline, boolean deadlinePassed,
            boolean rectifiedByDeadline) {
        if (!hasDeadline) {
            return NOT_YET_DUE;
        }
        if (!status.isPending()) {
            return rectifiedByDeadline ? ON_TIME : LATE;
        }
        return deadlinePassed ? LATE : NOT_YET_DUE;
    }
}
