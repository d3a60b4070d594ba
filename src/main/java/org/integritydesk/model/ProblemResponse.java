package org.integritydesk.model;

/**
 * How the office answers a problem (处理方式): the seed account's "help the parties find the problem,
 * analyse the reasons" for incipient problems, 谈话教育, 警示教育 and 回访教育. Stored by name.
 */
public enum ProblemResponse implements Labelled {
    /** 提醒帮助: help find the problem in time, analyse its reasons, study countermeasures. */
    REMINDER,
    /** 谈话教育. */
    TALK_EDUCATION,
    /** 警示教育. */
    WARNING_EDUCATION,
    /** 回访教育: needs a scheduled return-visit date. */
    RETURN_VISIT_EDUCATION;

    @Override
    public String messageKey() {
        return "enum.problemResponse." + name();
    }
}
