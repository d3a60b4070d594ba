package org.integritydesk.model;

/** Things a user may be allowed to do. Record actions are checked against the record's unit. */
public enum Action {
    VIEW, CREATE, UPDATE, DELETE, PRINT, EXPORT,
    /** See an ID number whole (in the cadre's own file view and the edit form). */
    VIEW_FULL_ID,
    MANAGE_USERS, MANAGE_UNITS, MANAGE_SETTINGS, BACKUP, VIEW_AUDIT,
    /** Close a year (归档), reopen it, and open a year's archive (every unit's records). */
    CLOSE_YEAR,
    /** See which years are closed and check an archive file (its header and row counts only). */
    VIEW_YEARS,
    /** Add, change and delete the bureau-wide regulations register (制度建设): the inspector's office only. */
    MANAGE_REGULATIONS,
    /** Define a year's responsibility tasks (责任分解): add, change, delete, copy last year's. The inspector's office only. */
    MANAGE_RESPONSIBILITY,
    /** Rule between two differing entries of a session's ballots (述职述廉 double entry): the inspector only. */
    RESOLVE_BALLOTS,
    /** Exchange packages with the county bureau or the sub-bureaus: keys, export, import, conflicts. */
    EXCHANGE,
    /** Edit the assessment scheme, compute a year's assessment, enter scores and sanctions: the inspector's office only. */
    MANAGE_ASSESSMENT;

    public boolean isRecordAction() {
        return ordinal() <= VIEW_FULL_ID.ordinal();
    }
}
