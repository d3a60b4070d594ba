package org.integritydesk.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.OrgUnit;

/**
 * The fields of a record as its audit events show them. Only what a user edits: keys are
 * regenerated on every save and stamps are in the event itself, so neither would show a real change.
 */
final class AuditFields {
    private AuditFields() {
    }

    /** The ID number stays an {@code IdNumber}, which the audit text masks. */
    static Map<String, Object> of(Cadre c, List<FamilyBusiness> familyRows) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", c.unitId());
        fields.put("name", c.name());
        fields.put("idNumber", c.idNumber());
        fields.put("ethnicity", c.ethnicity());
        fields.put("politicalStatus", c.politicalStatus());
        fields.put("education", c.education());
        fields.put("position", c.position());
        fields.put("category", c.category());
        fields.put("importantPosition", c.importantPosition());
        fields.put("status", c.status());
        fields.put("mobile", c.mobile());
        fields.put("workStartDate", c.workStartDate());
        fields.put("appointmentDate", c.appointmentDate());
        fields.put("notes", c.notes());
        fields.put("familyBusinesses", familyRows.stream().map(AuditFields::of).toList());
        return fields;
    }

    static Map<String, Object> of(FamilyBusiness f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("relation", f.relation());
        fields.put("name", f.name());
        fields.put("businessKind", f.businessKind());
        fields.put("employerOrBusiness", f.employerOrBusiness());
        fields.put("inJurisdiction", f.inJurisdiction());
        fields.put("notes", f.notes());
        return fields;
    }

    static Map<String, Object> of(OrgUnit u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("parentId", u.parentId());
        fields.put("code", u.code());
        fields.put("name", u.name());
        fields.put("kind", u.kind());
        fields.put("sortOrder", u.sortOrder());
        return fields;
    }
}
