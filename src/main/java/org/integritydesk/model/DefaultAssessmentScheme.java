package org.integritydesk.model;

import static org.integritydesk.model.AssessmentInput.*;
import static org.integritydesk.model.ScoringRule.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The scheme that ships, built from the bureau's practice (seed-practices.txt): education, the
 * commitment and talks, the debriefing, supervision and rectification, and the responsibility
 * system, 100 points in all.
 */
public final class DefaultAssessmentScheme {
    private DefaultAssessmentScheme() {
    }

    public static AssessmentScheme forYear(int year) {
        List<Indicator> list = new ArrayList<>();
        Ids ids = new Ids(year);
        UUID education = category(ids, list, 0, "廉政教育");
        list.add(Indicator.leaf(ids.next(), education, 0, "教育活动出勤率", "15", PROPORTIONAL, "1", ATTENDANCE_RATE));
        list.add(Indicator.leaf(ids.next(), education, 1, "学习教育学时", "10", PROPORTIONAL, "20", EDUCATION_HOURS));
        UUID talks = category(ids, list, 1, "廉政承诺与谈话");
        list.add(Indicator.leaf(ids.next(), talks, 0, "签订廉政承诺书", "10", FULL_IF_PRESENT, null, COMMITMENT_SIGNED));
        list.add(Indicator.leaf(ids.next(), talks, 1, "任前廉政谈话", "5", FULL_IF_PRESENT, null, PRE_APPOINTMENT_TALK));
        list.add(Indicator.leaf(ids.next(), talks, 2, "诫勉谈话", "5", DEDUCT_PER_OCCURRENCE, "5", ADMONISHMENT_TALKS));
        UUID debriefing = category(ids, list, 2, "述职述廉");
        list.add(Indicator.leaf(ids.next(), debriefing, 0, "民主测评满意度", "15", PROPORTIONAL, "100",
                DEBRIEFING_SATISFACTION));
        UUID supervision = category(ids, list, 3, "监督检查与问题整改");
        list.add(Indicator.leaf(ids.next(), supervision, 0, "监督检查发现问题", "10", DEDUCT_PER_OCCURRENCE, "2",
                FINDINGS_ATTRIBUTED));
        list.add(Indicator.leaf(ids.next(), supervision, 1, "问题按期整改率", "15", PROPORTIONAL, "1",
                RECTIFIED_ON_TIME_RATE));
        UUID responsibility = category(ids, list, 4, "责任制落实");
        list.add(Indicator.leaf(ids.next(), responsibility, 0, "责任分解任务完成率", "10", PROPORTIONAL, "1",
                RESPONSIBILITY_TASKS_COMPLETED_RATE));
        list.add(Indicator.leaf(ids.next(), responsibility, 1, "违纪处分", "5", DEDUCT_PER_OCCURRENCE, "5", SANCTIONS));
        return new AssessmentScheme(year, list, GradeBands.DEFAULT);
    }

    /** The same ids for the same year's default scheme, so that demo data stays the same for a seed. */
    private static final class Ids {
        private final int year;
        private int next;

        Ids(int year) {
            this.year = year;
        }

        UUID next() {
            // "assessmt" in ASCII, then the year and the indicator's number
            return new UUID(0x6173736573736d74L, ((long) year << 16) | next++);
        }
    }

    private static UUID category(Ids ids, List<Indicator> list, int position, String name) {
        UUID id = ids.next();
        list.add(Indicator.category(id, position, name));
        return id;
    }
}
