package org.integritydesk.model;

/**
 * The kinds of work the county bureau breaks its clean-government responsibility into (seed
 * practice: 组织领导, 宣传教育, 制度建设, 监督检查, 问题整改与作风建设, 廉政文化). Stored by name.
 */
public enum ResponsibilityCategory implements Labelled {
    LEADERSHIP, EDUCATION, REGULATIONS, SUPERVISION, CONDUCT, CULTURE;

    @Override
    public String messageKey() {
        return "enum.responsibilityCategory." + name();
    }
}
