package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.ResponsibilityRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;

/**
 * Demo data of the 责任分解 (issue 6, item 5): the demo year's breakdown of the bureau's
 * clean-government responsibility into 20 tasks, worded as the seed practice words them, assigned
 * to the bureau, its departments and sub-bureaus, each with a leading cadre of that unit; quarterly
 * progress up to the demo's day: some tasks completed, some still under way, some overdue. Drawn
 * from its own seeded random; written in one transaction.
 */
public final class DemoResponsibility implements DemoExtension {
    /** Category, text, and whether the task belongs to the bureau itself (else a sub-bureau or department). */
    private record Plan(ResponsibilityCategory category, String text, boolean bureau) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(ResponsibilityCategory.LEADERSHIP,
                    "党组专题研究部署年度党风廉政建设工作，层层签订党风廉政建设责任书", true),
            new Plan(ResponsibilityCategory.LEADERSHIP,
                    "落实“一岗双责”，班子成员每季度听取分管股室、分局党风廉政建设情况汇报", true),
            new Plan(ResponsibilityCategory.EDUCATION, "定期上党课，组织党员干部观看警示教育片，开展典型案例通报", true),
            new Plan(ResponsibilityCategory.EDUCATION,
                    "对占据重要岗位、担任重要职务的干部事先进行廉政谈话，明确廉政要求，作出廉政承诺", true),
            new Plan(ResponsibilityCategory.EDUCATION, "开展依法行政教育和岗位责任教育，增强服务意识，提高工作效能", false),
            new Plan(ResponsibilityCategory.CULTURE, "开展廉政文化进社区、家庭、学校、企业、农村、机关“六进”活动", true),
            new Plan(ResponsibilityCategory.CULTURE,
                    "通过拉横幅、贴标语、出板报、挂廉政图片等形式营造反腐倡廉氛围，办好反腐倡廉文化宣传栏", false),
            new Plan(ResponsibilityCategory.CULTURE, "建设廉政文化进市场示范点，推广先进典型", false),
            new Plan(ResponsibilityCategory.CULTURE, "创作传唱廉政歌曲、歌谣、格言，编发廉政短信，开展家庭助廉", false),
            new Plan(ResponsibilityCategory.REGULATIONS,
                    "完善机关效能建设制度、学习制度、效能建设问责制度和绩效考核制度", true),
            new Plan(ResponsibilityCategory.REGULATIONS, "落实治理商业贿赂制度和作风建设监督制度，规范党员干部言行", false),
            new Plan(ResponsibilityCategory.SUPERVISION,
                    "执法效能监察组定期或不定期深入基层分局，对依法行政、工作效能、文明服务、廉洁自律开展日常监督", true),
            new Plan(ResponsibilityCategory.SUPERVISION,
                    "对检查发现的问题及时提出整改意见，督促整改，汇总梳理共性问题，提出有针对性的措施", false),
            new Plan(ResponsibilityCategory.CONDUCT, "扎实有序推进政风行风双评议，开展自查自纠，逐项抓好整改落实", false),
            new Plan(ResponsibilityCategory.CONDUCT,
                    "开展领导干部违规插手招投标、经商办企业、公款旅游、收受红包、政府采购等专项自查", true),
            new Plan(ResponsibilityCategory.CONDUCT,
                    "向人大代表、政协委员和企业、个体工商户代表述职述廉，接受现场评议和质询", false),
            new Plan(ResponsibilityCategory.CONDUCT,
                    "对苗头性问题进行谈话教育，对倾向性问题进行警示教育，对受处分人员重犯问题进行回访教育", false),
            new Plan(ResponsibilityCategory.CONDUCT, "集中整治干部作风影响发展环境的突出问题，转变工作作风", false),
            new Plan(ResponsibilityCategory.EDUCATION, "把廉政文化建设纳入党风廉政建设责任制考核，与业务工作一并考核奖惩", true),
            new Plan(ResponsibilityCategory.SUPERVISION, "落实以督促廉制度，公开监督电话，受理群众投诉举报", false));
    private static final List<String> DONE_NOTES = List.of("已按计划完成，相关材料已归档", "已组织实施，全体干部参加",
            "已完成并形成书面总结报县局纪检监察室", "已制定方案并落实到人，完成情况良好");
    private static final List<String> ONGOING_NOTES = List.of("正在推进，已制定工作方案", "部分完成，下季度继续落实",
            "因业务工作集中，进度滞后，已督促落实", "已部署，尚未全部完成");

    private final Transactions tx;
    private final ResponsibilityRepository tasks;
    private final Stamps stamps;

    public DemoResponsibility(Transactions tx, ResponsibilityRepository tasks, Stamps stamps) {
        this.tx = tx;
        this.tasks = tasks;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        DemoRandom random = context.random("responsibility");
        int year = context.year();
        LocalDate today = context.today();
        List<OrgUnit> bureauSide = context.units().stream()
                .filter(u -> u.id().equals(context.bureau().id()) || u.kind() == UnitKind.DEPARTMENT).toList();
        List<OrgUnit> grassRoots = context.units().stream().filter(u -> u.kind() == UnitKind.SUB_BUREAU).toList();
        if (context.units().isEmpty() || context.cadres().isEmpty()) {
            return new DemoSummary.Feature("cli.demo.responsibility", 0, 0);
        }
        List<ResponsibilityTask> rows = new ArrayList<>();
        List<ResponsibilityProgress> entries = new ArrayList<>();
        int seq = 0;
        for (Plan plan : PLANS) {
            List<OrgUnit> pool = plan.bureau() || grassRoots.isEmpty() ? bureauSide : grassRoots;
            OrgUnit unit = random.pick(pool.isEmpty() ? context.units() : pool);
            Cadre leader = leaderOf(random, context.cadres(), unit);
            // deadlines at quarter ends and a few early in the year, so that some fall due before the demo's day
            LocalDate deadline = switch (random.below(6)) {
                case 0 -> LocalDate.of(year, 2, 28);
                case 1 -> LocalDate.of(year, 3, 31);
                case 2 -> LocalDate.of(year, 6, 30);
                case 3 -> LocalDate.of(year, 9, 30);
                default -> LocalDate.of(year, 12, 31);
            };
            ResponsibilityTask task = new ResponsibilityTask(random.uuid(), year, ++seq, plan.category(), plan.text(),
                    unit.id(), unit.name(), leader == null ? null : leader.id(), null, deadline, List.of(),
                    RecordStamp.NEW);
            rows.add(task);
            boolean slow = random.chance(0.3);
            Quarter due = Quarter.of(deadline);
            for (Quarter q : Quarter.values()) {
                if (q.start(year).isAfter(today)) {
                    break;
                }
                boolean done = !slow && q.compareTo(due) >= 0;
                LocalDate on = q.end(year).isAfter(today) ? today : q.end(year);
                entries.add(new ResponsibilityProgress(random.uuid(), task.id(), q,
                        done ? ProgressResult.DONE : ProgressResult.NOT_DONE,
                        random.pick(done ? DONE_NOTES : ONGOING_NOTES), on, "clerk-" + unit.code(), RecordStamp.NEW));
            }
        }
        tx.run(() -> {
            Stamping stamp = stamps.next();
            tasks.insertAll(rows, stamp);
            tasks.insertAllProgress(entries, stamp);
        });
        return new DemoSummary.Feature("cli.demo.responsibility", rows.size(), entries.size());
    }

    /** A leading cadre of the unit, else a middle-level one, else a leading cadre anywhere. */
    private static Cadre leaderOf(DemoRandom random, List<Cadre> cadres, OrgUnit unit) {
        for (CadreCategory category : List.of(CadreCategory.LEADING, CadreCategory.MIDDLE_LEVEL)) {
            List<Cadre> here = cadres.stream().filter(c -> c.unitId().equals(unit.id()) && c.category() == category)
                    .toList();
            if (!here.isEmpty()) {
                return random.pick(here);
            }
        }
        Optional<Cadre> any = cadres.stream().filter(c -> c.category() == CadreCategory.LEADING)
                .min(Comparator.comparing(c -> c.id().toString()));
        return any.orElse(cadres.isEmpty() ? null : cadres.get(0));
    }
}
