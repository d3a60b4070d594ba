package org.integritydesk.model;

/**
 * 活动形式: 党课、警示教育片、典型案例通报、专题讲座、教育基地参观、宣传 (标语/横幅/展板/宣传栏)、
 * 廉政文化作品 (歌曲/歌谣/格言)、廉政短信、家庭助廉、联席会议/协调会/例会. Stored by name: never
 * rename a constant.
 */
public enum ActivityKind implements Labelled {
    PARTY_CLASS, WARNING_FILM, CASE_BRIEFING, LECTURE, BASE_VISIT, PUBLICITY, CULTURE_WORKS, TEXT_MESSAGES,
    FAMILY_INTEGRITY, MEETING;

    @Override
    public String messageKey() {
        return "enum.activityKind." + name();
    }
}
