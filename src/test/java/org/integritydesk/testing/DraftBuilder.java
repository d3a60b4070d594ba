package org.integritydesk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyRelation;

/** A cadre form filled with acceptable values, changed field by field for each test. */
public final class DraftBuilder {
    /** A man born 1980-02-29 in Ji'an County (360821). */
    public static final String ZHANG_SAN_ID = IdNumbers.of("360821", "19800229", "123");

    private UUID unitId;
    private String name = "张三";
    private String idNumber = ZHANG_SAN_ID;
    private String ethnicity = "汉族";
    private String politicalStatus = "中共党员";
    private String education = "大学本科";
    private String position = "副局长";
    private CadreCategory category = CadreCategory.LEADING;
    private boolean importantPosition = true;
    private CadreStatus status = CadreStatus.ACTIVE;
    private String mobile = "13800138000";
    private LocalDate workStartDate = LocalDate.of(2002, 7, 1);
    private LocalDate appointmentDate = LocalDate.of(2016, 3, 1);
    private String notes = null;
    private List<FamilyBusinessDraft> family = new ArrayList<>();

    private DraftBuilder(UUID unitId) {
        this.unitId = unitId;
    }

    public static DraftBuilder draft(UUID unitId) {
        return new DraftBuilder(unitId);
    }

    public static DraftBuilder draft() {
        return new DraftBuilder(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    }

    public static FamilyBusinessDraft familyRow(FamilyRelation relation, String name, String employer) {
        return new FamilyBusinessDraft(relation, name, BusinessKind.EMPLOYED, employer, false, null);
    }

    public DraftBuilder unitId(UUID value) { this.unitId = value; return this; }
    public DraftBuilder name(String value) { this.name = value; return this; }
    public DraftBuilder idNumber(String value) { this.idNumber = value; return this; }
    public DraftBuilder ethnicity(String value) { this.ethnicity = value; return this; }
    public DraftBuilder politicalStatus(String value) { this.politicalStatus = value; return this; }
    public DraftBuilder education(String value) { this.education = value; return this; }
    public DraftBuilder position(String value) { this.position = value; return this; }
    public DraftBuilder category(CadreCategory value) { this.category = value; return this; }
    public DraftBuilder importantPosition(boolean value) { this.importantPosition = value; return this; }
    public DraftBuilder status(CadreStatus value) { this.status = value; return this; }
    public DraftBuilder mobile(String value) { this.mobile = value; return this; }
    public DraftBuilder workStartDate(LocalDate value) { this.workStartDate = value; return this; }
    public DraftBuilder appointmentDate(LocalDate value) { this.appointmentDate = value; return this; }
    public DraftBuilder notes(String value) { this.notes = value; return this; }
    public DraftBuilder family(FamilyBusinessDraft... rows) { this.family = new ArrayList<>(List.of(rows)); return this; }
    public DraftBuilder family(List<FamilyBusinessDraft> rows) { this.family = rows; return this; }

    public CadreDraft build() {
        return new CadreDraft(unitId, name, idNumber, ethnicity, politicalStatus, education, position, category,
                importantPosition, status, mobile, workStartDate, appointmentDate, notes, family);
    }
}
