package org.integritydesk.model;

/** What a user may do; see {@link AccessPolicy} for the table. */
public enum Role implements Labelled {
    /** 系统管理员: users, units, settings and backups; no cadre records. */
    SYSTEM_ADMIN,
    /** 纪检监察员: every record of every unit. */
    INSPECTOR,
    /** 分局录入员: the records of one sub-bureau and the departments below it. */
    SUB_BUREAU_CLERK,
    /** 领导查阅: reads and prints every unit's records, changes nothing. */
    LEADER;

    @Override
    public String messageKey() {
        return "enum.role." + name();
    }
}
