package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One cadre's declaration in a campaign (专项自查表). Made, undeclared, when the campaign is sent;
 * {@code declaredOn} and the answers are set when the cadre's declaration is recorded.
 */
public record SelfInspectionDeclaration(
        UUID id,
        UUID campaignId,
        UUID cadreId,
        String cadreName,
        String position,
        UUID unitId,
        String unitName,
        LocalDate declaredOn,
        List<DeclarationAnswer> answers,
        int version) {
    public SelfInspectionDeclaration {
        answers = List.copyOf(answers);
    }

    public boolean declared() {
        return declaredOn != null;
    }

    /** How many items the cadre answered 有. */
    public long issueCount() {
        return answers.stream().filter(DeclarationAnswer::issue).count();
    }
}
