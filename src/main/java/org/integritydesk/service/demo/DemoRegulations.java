package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.store.RegulationRepository;
import org.integritydesk.store.Stamping;

/**
 * The demo's regulations register (制度建设): the rules the seed account names (its "first,
 * establish a system of rules and regulations"), in the Chinese the office uses, with plausible
 * document numbers and dates in the five years before the demo year (so never in the future). Drawn from a random of its own,
 * so the cadres of a seed do not change with it.
 */
final class DemoRegulations {
    static final String CITY_BUREAU = "吉安市工商行政管理局";
    static final String COUNTY_BUREAU = "吉安县工商行政管理局";

    private record Plan(String title, RegulationKind kind, String issuer, String prefix, String summary) {
    }

    /** The seed account's rules, in the order it names them, and the two documents it names besides. */
    static final List<Plan> PLANS = List.of(
            new Plan("机关效能建设制度", RegulationKind.OFFICE_EFFICIENCY, CITY_BUREAU, "吉市工商字",
                    "规范机关工作程序，明确办事时限，推行首问责任、限时办结和服务承诺，提高机关工作效能。"),
            new Plan("党风廉政建设制度", RegulationKind.CLEAN_GOVERNMENT, CITY_BUREAU, "吉市工商党字",
                    "落实党风廉政建设责任制，明确“一岗双责”，规定廉政谈话、廉政承诺和述职述廉的要求。"),
            new Plan("学习制度", RegulationKind.STUDY, CITY_BUREAU, "吉市工商党字",
                    "规定党组中心组和干部职工的集中学习时间、学习内容、学习记录和考勤。"),
            new Plan("效能建设问责制度", RegulationKind.EFFICIENCY_ACCOUNTABILITY, CITY_BUREAU, "吉市工商字",
                    "对行政不作为、慢作为、乱作为和违反效能建设规定的行为，明确问责情形、方式和程序。"),
            new Plan("绩效考核制度", RegulationKind.PERFORMANCE_APPRAISAL, CITY_BUREAU, "吉市工商字",
                    "将工作目标、党风廉政建设和述职述廉情况纳入公务员绩效考核，考核结果与评先评优挂钩。"),
            new Plan("商业贿赂治理制度", RegulationKind.COMMERCIAL_BRIBERY, CITY_BUREAU, "吉市工商字",
                    "开展治理商业贿赂专项工作，规范执法行为，严禁在市场监管中收受财物、插手经济活动。"),
            new Plan("作风建设监督制度", RegulationKind.WORK_STYLE_SUPERVISION, CITY_BUREAU, "吉市工商党字",
                    "设立行风监督员和效能监察组，通过明察暗访对依法行政、工作效能、文明服务、廉洁自律进行监督。"),
            new Plan("干部作风影响发展环境突出问题集中整改实施方案", RegulationKind.OTHER, CITY_BUREAU, "吉市工商党字",
                    "针对干部作风影响发展环境的突出问题，明确整改任务、责任单位和完成时限，逐项整改落实。"),
            new Plan("党风廉政宣传教育联席会议制度", RegulationKind.CLEAN_GOVERNMENT, COUNTY_BUREAU, "吉县工商党字",
                    "建立党风廉政宣传教育联席会议、协调会议和例会制度，整合宣传教育资源，形成反腐倡廉教育合力。"),
            new Plan("关于继续推进廉政文化建设的实施意见", RegulationKind.OTHER, CITY_BUREAU, "吉市工商党字",
                    "推进廉政文化进社区、进家庭、进学校、进企业、进农村、进机关，建设廉政文化示范点。"));

    /** The plan that has run its course: repealed once its rectification was done. */
    private static final int REPEALED = 7;

    private DemoRegulations() {
    }

    /** The rules of the register for a demo of {@code year}, the same for the same seed. */
    static List<Regulation> make(long seed, int year) {
        DemoRandom random = new DemoRandom(seed * 31 + 6);
        List<Regulation> rules = new ArrayList<>();
        LocalDate first = LocalDate.of(year - 5, 1, 1);
        LocalDate lastIssue = LocalDate.of(year - 1, 12, 31);
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            LocalDate issued = random.dateBetween(first, lastIssue);
            String number = plan.prefix() + "〔" + issued.getYear() + "〕" + random.between(1, 86) + "号";
            RegulationStatus status = i == REPEALED ? RegulationStatus.REPEALED : RegulationStatus.IN_FORCE;
            LocalDate repealed = i == REPEALED ? issued.plusMonths(random.between(8, 14)) : null;
            if (repealed != null && repealed.isAfter(lastIssue)) {
                repealed = lastIssue;
            }
            rules.add(new Regulation(random.uuid(), plan.title(), number, issued, plan.kind(), plan.issuer(), status,
                    repealed, plan.summary(), RecordStamp.NEW, null));
        }
        return rules;
    }

    /** Stores the register; returns how many rules it holds. */
    static int store(RegulationRepository repository, long seed, int year, Stamping stamp) {
        List<Regulation> rules = make(seed, year);
        repository.insertAll(rules, stamp);
        return rules.size();
    }
}
