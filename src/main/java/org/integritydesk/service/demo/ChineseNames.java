package org.integritydesk.service.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.integritydesk.model.Gender;

/**
 * Plausible names for the cadres of a Jiangxi county and their relatives. Mostly common surnames
 * and given-name characters; a few compound surnames (欧阳 is common around Ji'an); about one name
 * in 500 holds 𠮷 (U+20BB7, CJK Extension B, two Java chars) so that fonts, sorting and printing
 * meet a character outside the Basic Multilingual Plane; Uyghur names carry the middle dot.
 */
final class ChineseNames {
    /** About 1 in 500 names holds the Extension B character, as the demo data issue asks. */
    static final double EXTENSION_B_SHARE = 1.0 / 500;
    static final String EXTENSION_B_CHARACTER = new String(Character.toChars(0x20BB7));
    private static final double COMPOUND_SURNAME_SHARE = 0.015;
    private static final double ONE_CHARACTER_GIVEN_NAME_SHARE = 0.25;
    private static final String MIDDLE_DOT = "\u00B7";

    /** Most common first; the list leans towards the surnames frequent in Jiangxi (刘, 胡, 肖, 曾, 彭...). */
    private static final WeightedChoice<String> SURNAMES = WeightedChoice.byRank(characters(
            "刘李王陈张胡黄罗肖曾周吴彭郭邓杨徐朱钟何邹谢赖廖熊江袁易聂龙郑梁宋唐许韩冯曹田董潘蒋蔡余杜叶程苏魏"
            + "吕丁任沈姚卢姜崔谭陆汪范金石贾夏付方白孟秦邱尹薛段雷侯史陶黎贺顾毛郝龚邵万严戴孔汤晏康温甘简漆匡尧"));
    private static final WeightedChoice<String> COMPOUND_SURNAMES =
            WeightedChoice.of(List.of("欧阳", "司马", "诸葛", "上官", "司徒"), 12, 2, 1, 2, 1);
    private static final WeightedChoice<String> MALE_CHARACTERS = WeightedChoice.byRank(characters(
            "伟强军勇杰涛斌波辉刚明华建国平志文龙海峰鹏飞俊磊超浩宇亮林东春荣新兵金生根德福祥庆武凯坤毅鑫彬"));
    private static final WeightedChoice<String> FEMALE_CHARACTERS = WeightedChoice.byRank(characters(
            "芳娟敏静丽燕艳霞玲萍红梅琴英兰婷雪慧晶颖倩琳洁秀珍莉佳欣悦雯琪蓉凤云月露瑶菲薇璐"));
    /** First characters of two-character given names, used for either gender. */
    private static final WeightedChoice<String> LEADING_CHARACTERS = WeightedChoice.byRank(characters(
            "小晓文建国志海春秋子思雨嘉俊家宏永德明光立新振世金玉美淑桂梓欣一亦若诗梦伟"));

    private static final List<String> UYGHUR_MALE_NAMES =
            List.of("艾力", "帕尔哈提", "艾克拜尔", "伊力亚尔", "吐尔洪", "买买提江", "阿迪力", "努尔兰");
    private static final List<String> UYGHUR_FEMALE_NAMES =
            List.of("阿依古丽", "热依拉", "古丽娜尔", "迪丽努尔", "祖丽菲亚", "米娜瓦尔", "帕提古丽", "阿依努尔");
    private static final List<String> UYGHUR_FATHERS_NAMES =
            List.of("买买提", "吐尔逊", "艾山", "阿不都", "热合曼", "依明", "玉素甫", "努尔", "司马义", "卡德尔");

    private ChineseNames() {
    }

    /** A Han-style name: surname and a one- or two-character given name. */
    static PersonalName hanName(DemoRandom random, Gender gender) {
        String surname = surname(random);
        return new PersonalName(surname + givenName(random, gender), surname);
    }

    /** A Uyghur name, written as given name · father's name (e.g. 阿依古丽·买买提). */
    static PersonalName uyghurName(DemoRandom random, Gender gender) {
        String given = random.pick(gender == Gender.MALE ? UYGHUR_MALE_NAMES : UYGHUR_FEMALE_NAMES);
        return new PersonalName(given + MIDDLE_DOT + random.pick(UYGHUR_FATHERS_NAMES), null);
    }

    static String surname(DemoRandom random) {
        return random.chance(COMPOUND_SURNAME_SHARE) ? COMPOUND_SURNAMES.pick(random) : SURNAMES.pick(random);
    }

    static String givenName(DemoRandom random, Gender gender) {
        WeightedChoice<String> characters = gender == Gender.MALE ? MALE_CHARACTERS : FEMALE_CHARACTERS;
        String last = characters.pick(random);
        if (random.chance(EXTENSION_B_SHARE)) {
            return EXTENSION_B_CHARACTER + last;
        }
        if (random.chance(ONE_CHARACTER_GIVEN_NAME_SHARE)) {
            return last;
        }
        String first = random.chance(0.5) ? LEADING_CHARACTERS.pick(random) : characters.pick(random);
        return first + last;
    }

    /** The characters of {@code text} (whole code points), each once, in order. */
    private static List<String> characters(String text) {
        Set<String> distinct = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> distinct.add(new String(Character.toChars(cp))));
        return new ArrayList<>(distinct);
    }
}
