package org.integritydesk.model;

import java.util.UUID;

/** One relative's business activity as declared in a cadre's file (配偶子女从业). */
public record FamilyBusiness(
        UUID id,
        UUID cadreId,
        FamilyRelation relation,
        String name,
        BusinessKind businessKind,
        String employerOrBusiness,
        boolean inJurisdiction,
        String notes) {
}
