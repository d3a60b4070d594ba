package org.integritydesk.model;

/** What an audit event records. Stored by name: never rename a constant, only add new ones. */
public enum AuditKind implements Labelled {
    CREATE, UPDATE, DELETE, RESTORE, STATUS_CHANGE, VIEW, PRINT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT,
    SETTING_CHANGE, USER_CHANGE, PASSWORD_CHANGE, BACKUP, RESTORE_BACKUP, YEAR_CLOSE, YEAR_REOPEN,
    /** Records read in from a file: a cadre roster, or an exchange package (one event per package). */
    IMPORT;

    public String messageKey() {
        return "enum.auditKind." + name();
    }
}
