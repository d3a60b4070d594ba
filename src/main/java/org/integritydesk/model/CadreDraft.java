package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user typed into the cadre form, before it is checked. Text fields hold the raw input;
 * {@link CadreRules#check} says what is wrong with it.
 */
public record CadreDraft(
        UUID unitId,
        String name,
        String idNumber,
        String ethnicity,
        String politicalStatus,
        String education,
        String position,
        CadreCategory category,
        boolean importantPosition,
        CadreStatus status,
        String mobile,
        LocalDate workStartDate,
        LocalDate appointmentDate,
        String notes,
        List<FamilyBusinessDraft> familyBusinesses) {

    /** One row of the family-business table in the form. */
    public record FamilyBusinessDraft(
            FamilyRelation relation, String name, BusinessKind businessKind, String employerOrBusiness,
            boolean inJurisdiction, String notes) {
    }
}
