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
    /** An item of the 问题整改台账. */
    RECTIFICATION("rectification"),
    /** The 整改台账 printed as a whole (a filtered list of items). */
    RECTIFICATION_LEDGER("rectification_ledger"),
    /** A supervision visit (监督检查). */
    SUPERVISION_VISIT("supervision_visit");

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
