package org.integritydesk.service.demo;

import java.util.List;

/**
 * Ethnicity, political status and education as a county bureau's staff list shows them: mostly
 * Han; mostly party members, the young ones often Youth League members; degrees that grow with
 * the years of the people holding them.
 */
final class DemoBackgrounds {
    static final String HAN = "汉族";
    static final String UYGHUR = "维吾尔族";
    static final String PARTY_MEMBER = "中共党员";

    /** Jiangxi has She villages; the rest are the minorities found in any province's offices. */
    private static final WeightedChoice<String> ETHNICITIES = WeightedChoice.of(
            List.of(HAN, "畲族", "回族", "苗族", "壮族", "满族", "土家族"), 970, 10, 5, 5, 4, 3, 3);
    private static final WeightedChoice<String> YOUNG_POLITICAL_STATUSES = WeightedChoice.of(
            List.of(PARTY_MEMBER, "中共预备党员", "共青团员", "群众"), 30, 6, 34, 30);
    private static final WeightedChoice<String> POLITICAL_STATUSES = WeightedChoice.of(
            List.of(PARTY_MEMBER, "中共预备党员", "群众", "民盟盟员", "九三学社社员", "农工党党员"), 66, 2, 28, 2, 1, 1);
    private static final WeightedChoice<String> YOUNG_EDUCATION = WeightedChoice.of(
            List.of("研究生", "大学本科", "大学专科"), 15, 70, 15);
    private static final WeightedChoice<String> MIDDLE_AGED_EDUCATION = WeightedChoice.of(
            List.of("研究生", "大学本科", "大学专科", "中专"), 6, 56, 32, 6);
    private static final WeightedChoice<String> OLDER_EDUCATION = WeightedChoice.of(
            List.of("大学本科", "大学专科", "中专", "高中"), 32, 40, 18, 10);

    private DemoBackgrounds() {
    }

    /** The ethnicity of someone with a Han-style name. */
    static String ethnicity(DemoRandom random) {
        return ETHNICITIES.pick(random);
    }

    static String politicalStatus(DemoRandom random, DemoRole role, int age) {
        if (role.leadership()) {
            return PARTY_MEMBER;
        }
        return (age < 28 ? YOUNG_POLITICAL_STATUSES : POLITICAL_STATUSES).pick(random);
    }

    static String education(DemoRandom random, int age) {
        if (age < 35) {
            return YOUNG_EDUCATION.pick(random);
        }
        return (age < 50 ? MIDDLE_AGED_EDUCATION : OLDER_EDUCATION).pick(random);
    }
}
