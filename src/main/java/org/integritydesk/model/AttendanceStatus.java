package org.integritydesk.model;

/** 出勤 / 请假 / 缺席, as recorded after an activity. Stored by name: never rename a constant. */
public enum AttendanceStatus implements Labelled {
    PRESENT, ON_LEAVE, ABSENT;

    @Override
    public String messageKey() {
        return "enum.attendanceStatus." + name();
    }
}
