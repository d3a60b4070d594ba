package org.integritydesk.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.AssessmentInput;

/**
 * One feature area's part of the annual assessment's inputs (attendance from education, satisfaction
 * from the debriefing, ...). The composition root adds each feature's source to {@link AssessmentInputs},
 * so the assessment need not know the features. Both methods are called inside the caller's read
 * transaction and see every cadre (the assessment service checks who may compute).
 */
public interface AssessmentInputSource {
    /** The inputs this source supplies. */
    Set<AssessmentInput> supplies();

    /**
     * Each supplied input's value per cadre for the year; a cadre missing from an input's map has no
     * record of that kind (the scheme's rule decides what that scores).
     */
    Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year);

    /**
     * For one cadre, the records behind each value, one short Chinese line each, oldest first
     * (e.g. "2026-03-05 廉政党课 出勤 2.0 学时"): how the score was computed.
     */
    Map<AssessmentInput, List<String>> records(int year, UUID cadreId);
}
