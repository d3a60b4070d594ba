package org.integritydesk.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.UnitKind;

/** Hand-made cadre files for the report tests; ID numbers are valid (area 360821 is 吉安县). */
final class CadreFixtures {
    static final String BUREAU = "吉安县市场监督管理局";
    static final OrgUnit SUB_BUREAU = new OrgUnit(UUID.randomUUID(), UUID.randomUUID(), "0102", "城关分局",
            UnitKind.SUB_BUREAU, 1, RecordStamp.NEW);
    static final String UNIT_PATH = BUREAU + " / 城关分局";
    static final LocalDate TODAY = LocalDate.of(2024, 11, 20);

    private CadreFixtures() {
    }

    /** A valid 18-character number: area, birth date, sequence (odd = male) and the computed check character. */
    static IdNumber idNumber(String birthDate, String sequence) {
        String first17 = "360821" + birthDate + sequence;
        return IdNumber.parse(first17 + IdNumber.checkCharacterFor(first17), TODAY);
    }

    static Cadre cadre(String name, IdNumber id, String ethnicity, String position, CadreCategory category, String notes) {
        return new Cadre(UUID.randomUUID(), SUB_BUREAU.id(), name, id, ethnicity, "中共党员", "大学本科", position,
                category, true, CadreStatus.ACTIVE, "13907960001", LocalDate.of(2002, 7, 1),
                LocalDate.of(2019, 3, 15), notes, RecordStamp.NEW, null);
    }

    /** 张建国: family business and talks, long texts that must wrap. */
    static CadreFile zhangJianguo() {
        Cadre cadre = cadre("张建国", idNumber("19780512", "031"), "汉族", "城关分局局长（兼任县局食品安全监管股股长）",
                CadreCategory.LEADING, "2023年度考核优秀；分管食品安全、特种设备安全监管工作，联系城北、城南两个社区网格。");
        List<FamilyBusiness> family = List.of(
                new FamilyBusiness(UUID.randomUUID(), cadre.id(), FamilyRelation.SPOUSE, "李秀英", BusinessKind.EMPLOYED,
                        "吉安县人民医院", false, null),
                new FamilyBusiness(UUID.randomUUID(), cadre.id(), FamilyRelation.SON, "张晓明", BusinessKind.OWN_BUSINESS,
                        "吉安县晓明电子产品经营部（个体工商户，经营手机及配件零售、维修）", true, "已按规定报告并回避相关监管事项"));
        Map<FileSection, List<SectionEntry>> later = new EnumMap<>(FileSection.class);
        later.put(FileSection.TALKS, List.of(
                new SectionEntry(LocalDate.of(2024, 3, 8), "任前廉政谈话", "由县局纪检组长谈话，强调分管领域廉洁风险点及防控措施。"),
                new SectionEntry(LocalDate.of(2024, 9, 26), "日常提醒谈话", "中秋国庆节前提醒，严禁收受管理服务对象礼品礼金。")));
        later.put(FileSection.COMMITMENTS, List.of(
                new SectionEntry(LocalDate.of(2024, 1, 15), "2024年度廉政承诺书", "已签订")));
        return new CadreFile(cadre, SUB_BUREAU, UNIT_PATH, family, later);
    }

    /** 𠮷乐: a name with U+20BB7 (CJK Extension B), no family business, no later entries. */
    static CadreFile jiLe() {
        Cadre cadre = cadre("\uD842\uDFB7乐", idNumber("19900228", "042"), "汉族", "市场监管员",
                CadreCategory.LAW_ENFORCEMENT, null);
        return new CadreFile(cadre, SUB_BUREAU, UNIT_PATH, List.of(), Map.of());
    }

    /** 阿依古丽·买买提: a minority name with the middle dot. */
    static CadreFile ayguli() {
        Cadre cadre = cadre("阿依古丽·买买提", idNumber("19850719", "064"), "维吾尔族", "综合股科员",
                CadreCategory.GENERAL, null);
        return new CadreFile(cadre, SUB_BUREAU, UNIT_PATH, List.of(), Map.of());
    }

    /** A cadre whose many talks fill more than one page. */
    static CadreFile withManyEntries(String name, int entries) {
        Cadre cadre = cadre(name, idNumber("19820101", "051"), "汉族", "副局长", CadreCategory.MIDDLE_LEVEL, null);
        List<SectionEntry> talks = java.util.stream.IntStream.rangeClosed(1, entries)
                .mapToObj(i -> new SectionEntry(LocalDate.of(2024, 1, 1).plusDays(i * 3L), "日常谈话 " + i,
                        "第 " + i + " 次谈话：就岗位廉政风险进行提醒，本人表示将严格遵守各项纪律规定。"))
                .toList();
        return new CadreFile(cadre, SUB_BUREAU, UNIT_PATH, List.of(), Map.of(FileSection.TALKS, talks));
    }

    /** A cadre whose name holds a character that no bundled font draws (U+30000, CJK Extension G). */
    static CadreFile withUndrawableName() {
        Cadre cadre = cadre("王\uD880\uDC00", idNumber("19880808", "071"), "汉族", "科员", CadreCategory.GENERAL, null);
        return new CadreFile(cadre, SUB_BUREAU, UNIT_PATH, List.of(), Map.of());
    }
}
