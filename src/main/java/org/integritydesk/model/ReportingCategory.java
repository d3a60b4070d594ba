package org.integritydesk.model;

/**
 * Who reports at a 述职述廉 session (seed-practices: the county bureau's party group, the directors of the
 * grass-roots sub-bureaus, middle-level cadres and law-enforcement officers). Stored by name.
 */
public enum ReportingCategory implements Labelled {
    /** 局党组成员. */
    PARTY_GROUP_MEMBER,
    /** 分局局长 (基层分局 / 工商所 director). */
    SUB_BUREAU_DIRECTOR,
    /** 中层干部. */
    MIDDLE_CADRE,
    /** 执法人员. */
    LAW_ENFORCEMENT_OFFICER;

    @Override
    public String messageKey() {
        return "enum.reportingCategory." + name();
    }
}
