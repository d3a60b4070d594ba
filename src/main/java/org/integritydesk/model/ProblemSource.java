package org.integritydesk.model;

/** Where a problem in the rectification ledger came from (问题来源). Stored by name. */
public enum ProblemSource implements Labelled {
    /** 监督检查: a finding of a supervision visit. */
    SUPERVISION,
    /** 自查自纠. */
    SELF_INSPECTION,
    /** 专项检查. */
    SPECIAL_INSPECTION,
    /** 双评议. */
    DOUBLE_EVALUATION,
    /** 述职述廉意见. */
    DEBRIEFING_COMMENT,
    /** 信访举报. */
    COMPLAINT;

    @Override
    public String messageKey() {
        return "enum.problemSource." + name();
    }
}
