package org.integritydesk.model;

import java.util.UUID;

/**
 * A cadre expected at an activity, and what was recorded: {@code status} is null until the
 * attendance is taken. The unit is the cadre's unit when they were added, which the per-unit
 * totals count under even if the cadre moves later.
 */
public record Attendee(
        UUID cadreId,
        String name,
        IdNumber idNumber,
        String position,
        UUID unitId,
        String unitName,
        AttendanceStatus status,
        String reason) {

    public Attendee withAttendance(AttendanceStatus newStatus, String newReason) {
        return new Attendee(cadreId, name, idNumber, position, unitId, unitName, newStatus, newReason);
    }
}
