package org.integritydesk.model;

import java.util.Optional;

/**
 * The kinds of record an audit event can be about, by the code stored in {@code record_type}.
 * Stored by code: never change a code, only add new constants. An event may carry a code this
 * version does not know (written by a newer version); it is then shown as the code itself.
 */
public enum AuditRecordType implements Labelled {
    CADRE("cadre"),
    UNIT("org_unit"),
    SETTING("setting"),
    /** A printout of the cadre files of several units or of everyone. */
    CADRE_FILES("cadre_files"),
    DEMO_DATA("demo_data"),
    USER("app_user"),
    /** The audit log itself (its exports). */
    AUDIT_LOG("audit_log"),
    EDUCATION_ACTIVITY("education_activity"),
    /** An activity's attendance list and what was recorded on it. */
    ATTENDANCE("activity_attendee"),
    EDUCATION_BASE("education_base"),
    /** A year's closing (归档) and reopening. */
    CLOSED_YEAR("closed_year"),
    /** A year's archive file (opened to read it). */
    YEAR_ARCHIVE("year_archive"),
    /** A rule of the bureau's register (制度建设). */
    REGULATION("regulation"),
    /** A printout of the regulations register. */
    REGULATIONS("regulations"),
    /** A file kept with a record (added, opened, removed). */
    ATTACHMENT("attachment"),
    /** An integrity talk, or a printout of several. */
    TALK("integrity_talk"),
    /** A yearly integrity commitment, or a generation or printout of several. */
    COMMITMENT("integrity_commitment"),
    /** An item of the 问题整改台账. */
    RECTIFICATION("rectification"),
    /** The 整改台账 printed as a whole (a filtered list of items). */
    RECTIFICATION_LEDGER("rectification_ledger"),
    /** A supervision visit (监督检查). */
    SUPERVISION_VISIT("supervision_visit"),
    /** A responsibility task (责任分解), a copy of a year's tasks, or the printed 责任分解表. */
    RESPONSIBILITY_TASK("responsibility_task"),
    /** A quarter's progress entry of a responsibility task. */
    RESPONSIBILITY_PROGRESS("responsibility_progress"),
    /** A special self-inspection campaign (专项自查), or a printout of its forms. */
    SELF_INSPECTION_CAMPAIGN("self_inspection_campaign"),
    /** A cadre's declaration in a special self-inspection campaign. */
    SELF_INSPECTION_DECLARATION("self_inspection_declaration"),
    /** A printout of the 问题整改分析表 (counts of the ledger's items of a period). */
    PROBLEM_ANALYSIS("problem_analysis"),
    /** A 述职述廉 session, its reporting cadres and representatives, or a printout of its forms. */
    DEBRIEFING_SESSION("debriefing_session"),
    /** The ballot tallies of a session, as one person entered them or an inspector ruled. */
    BALLOT_TALLY("ballot_tally"),
    /** A representative's question or comment at a session, with the answer. */
    DEBRIEFING_COMMENT("debriefing_comment"),
    /** A cadre roster imported from a spreadsheet (the rows' own events are CADRE). */
    CADRE_IMPORT("cadre_import"),
    /** The cadre roster written to a spreadsheet. */
    CADRE_ROSTER("cadre_roster"),
    /** A table of the window saved as a spreadsheet, as it was shown. */
    TABLE_EXPORT("table_export"),
    /** An offline exchange package (exported or imported). */
    EXCHANGE_PACKAGE("exchange_package"),
    /** A conflict an exchange package met, and the decision on it. */
    EXCHANGE_CONFLICT("exchange_conflict"),
    /** This site's exchange keys, and the peer keys it trusts. */
    EXCHANGE_KEYS("exchange_keys"),
    /** A year's assessment scheme (考核方案). */
    ASSESSMENT_SCHEME("assessment_scheme"),
    /** A year's computed assessment, a cadre's entered scores, or a printout of assessment sheets. */
    ASSESSMENT("assessment"),
    /** A disciplinary sanction (处分). */
    SANCTION("sanction"),
    /** The data of the embedded database moved to a PostgreSQL server (issue 9). */
    DATABASE_MOVE("database_move");

    private final String code;

    AuditRecordType(String code) {
        this.code = code;
    }

    /** What {@code audit_event.record_type} holds. */
    public String code() {
        return code;
    }

    public static Optional<AuditRecordType> ofCode(String code) {
        for (AuditRecordType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String messageKey() {
        return "enum.auditRecordType." + name();
    }
}
