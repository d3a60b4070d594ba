package org.integritydesk.model;

/**
 * The facts about a cadre's year that the annual assessment reads from the records (DOMAIN.md,
 * "Assessment"). Each feature area supplies the inputs it keeps; a scheme's indicators name the
 * input they score. Values: a rate is a fraction from 0 to 1, a presence is 1 or 0, a count is a
 * whole number, hours are hours, satisfaction is a percentage from 0 to 100.
 */
public enum AssessmentInput implements Labelled {
    /** Attended ÷ expected education activities (教育活动出勤率). */
    ATTENDANCE_RATE,
    /** Hours of education attended (学习教育学时). */
    EDUCATION_HOURS,
    /** The year's 廉政承诺书 is signed: 1, else 0. */
    COMMITMENT_SIGNED,
    /** A 任前廉政谈话 is on record for an appointment in the year: 1, else 0. */
    PRE_APPOINTMENT_TALK,
    /** 述职述廉 satisfaction by the session's formula, percent (only from votes with a quorum). */
    DEBRIEFING_SATISFACTION,
    /** Supervision findings attributed to the cadre (监督检查发现问题). */
    FINDINGS_ATTRIBUTED,
    /** Rectification items due in the year that were rectified by their deadline ÷ items due. */
    RECTIFIED_ON_TIME_RATE,
    /** Responsibility tasks (责任分解) completed ÷ tasks assigned and due in the year. */
    RESPONSIBILITY_TASKS_COMPLETED_RATE,
    /** Talks of the admonishment kind (诫勉谈话) in the year. */
    ADMONISHMENT_TALKS,
    /** Disciplinary sanctions (处分) in the year; any caps the grade at 基本称职. */
    SANCTIONS;

    @Override
    public String messageKey() {
        return "enum.assessmentInput." + name();
    }
}
