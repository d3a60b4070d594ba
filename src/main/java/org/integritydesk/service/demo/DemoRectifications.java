package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitKind;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.RectificationRepository.CadreRef;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.SupervisionRepository;
import org.integritydesk.store.Transactions;

/**
 * Demo data of issue 5: a year of supervision visits to the sub-bureaus and about 300 ledger items
 * (two per cadre in a larger bureau: 100,000 for the province-scale 50,000, issue 8) from every source, in every status, each with a history that agrees with its status: some
 * overdue, some due within the week, some rectified and waiting for a second user to verify, some
 * closed, some reopened, return visits due and done. Drawn from its own seeded random (the seed of
 * the run, mixed), so adding it changes none of the cadres; written in one transaction, in batches.
 */
public final class DemoRectifications implements DemoExtension {
    private static final String VERIFIER = "inspector";
    private static final List<String> MEMBERS = List.of("王芳、刘静", "陈志强、黄丽", "刘静、周建华", "王芳、罗小明、钟华");
    private static final List<String> HEADS = List.of("张建国", "李卫东", "刘海涛", "胡春生", "郭勇", "曾庆华");
    private static final Map<InspectionArea, List<String[]>> PROBLEMS = Map.of(
            InspectionArea.LAWFUL_ADMINISTRATION, List.of(
                    new String[] {"行政处罚案卷文书不规范，未载明法律依据", "对照办案规范逐卷整改，组织案卷评查"},
                    new String[] {"执法时未出示执法证件", "重申执法纪律，开展执法规范化培训"},
                    new String[] {"抽查检查未按规定录入信息公示系统", "补录公示信息，明确专人负责"}),
            InspectionArea.WORK_EFFICIENCY, List.of(
                    new String[] {"窗口工作人员上班迟到", "严格考勤制度，每周通报考勤情况"},
                    new String[] {"登记注册超过承诺时限办结", "梳理办理流程，落实限时办结制"},
                    new String[] {"工作时间浏览与工作无关网页", "开展效能教育，落实首问负责制"}),
            InspectionArea.CIVIL_SERVICE, List.of(
                    new String[] {"窗口人员服务态度生硬", "开展文明服务培训，公开监督电话"},
                    new String[] {"未按规定佩戴工作牌", "规范着装和工作牌佩戴"},
                    new String[] {"群众咨询答复不清、推诿", "落实一次性告知制度"}),
            InspectionArea.INTEGRITY, List.of(
                    new String[] {"接受管理服务对象宴请", "退还费用，作出书面检查，开展警示教育"},
                    new String[] {"利用职务之便为亲友经营提供便利", "停止违规行为，进行诫勉谈话"},
                    new String[] {"收受管理服务对象购物卡", "上交购物卡，写出检讨，全局通报"}));
    private static final Map<ProblemSource, List<String[]>> OTHER_PROBLEMS = Map.of(
            ProblemSource.SELF_INSPECTION, List.of(new String[] {"财务报销手续不全", "完善报销审批流程"},
                    new String[] {"公务用车未按规定登记", "建立用车登记台账"}),
            ProblemSource.SPECIAL_INSPECTION, List.of(new String[] {"政府采购未履行比价程序", "重新规范采购程序，追究经办人责任"},
                    new String[] {"考察学习安排与主题无关的参观", "退回相关费用，严格审批"}),
            ProblemSource.DOUBLE_EVALUATION, List.of(new String[] {"个体工商户反映办证往返多次", "推行预约和一次性告知服务"},
                    new String[] {"企业反映检查频次过多", "统筹检查计划，推行双随机抽查"}),
            ProblemSource.DEBRIEFING_COMMENT, List.of(new String[] {"人大代表提出市场巡查不到位", "增加巡查频次，建立巡查记录"},
                    new String[] {"政协委员反映消费投诉处理慢", "明确处理时限，跟踪回访"}),
            ProblemSource.COMPLAINT, List.of(new String[] {"群众举报执法人员吃拿卡要", "调查核实，对当事人进行诫勉谈话"},
                    new String[] {"举报窗口人员办事刁难", "调查核实，调整工作岗位"}));

    private final Transactions tx;
    private final RectificationRepository items;
    private final SupervisionRepository visits;
    private final Stamps stamps;

    public DemoRectifications(Transactions tx, RectificationRepository items,
            SupervisionRepository visits, Stamps stamps) {
        this.tx = tx;
        this.items = items;
        this.visits = visits;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        List<OrgUnit> units = context.units().stream().filter(u -> !u.id().equals(context.bureau().id())).toList();
        int[] counts = generate(new DemoOptions(context.cadres().size(), context.seed(), context.year()), units);
        return new DemoSummary.Feature("cli.demo.rectifications", counts[0], counts[1]);
    }

    /** Writes the visits and ledger items; returns how many of each. */
    int[] generate(DemoOptions options, List<OrgUnit> units) {
        DemoRandom random = new DemoRandom(options.seed() * 31 + 5);
        LocalDate today = stamps.today();
        LocalDate start = LocalDate.of(options.year(), 1, 1);
        LocalDate end = LocalDate.of(options.year(), 12, 31);
        LocalDate last = end.isAfter(today) ? today : end;
        List<OrgUnit> subBureaus = units.stream().filter(u -> u.kind() == UnitKind.SUB_BUREAU).toList();
        List<OrgUnit> all = units.isEmpty() ? List.of() : units;
        if (all.isEmpty() || !last.isAfter(start)) {
            return new int[] {0, 0};
        }
        List<OrgUnit> visited = subBureaus.isEmpty() ? all : subBureaus;
        return tx.inTransaction(() -> {
            Map<UUID, List<CadreRef>> byUnit = new HashMap<>();
            for (OrgUnit unit : all) {
                byUnit.put(unit.id(), items.sampleCadres(unit.id(), 60));
            }
            Stamping stamp = stamps.next();
            List<SupervisionVisit> visitRows = new ArrayList<>();
            List<Rectification> itemRows = new ArrayList<>();
            List<RectificationEvent> events = new ArrayList<>();
            Map<Integer, Integer> numbers = new HashMap<>();
            List<LocalDate> dates = new ArrayList<>();
            int itemCount = ledgerItemsFor(options.cadres());
            for (int v = 0; v < visitsFor(itemCount); v++) {
                dates.add(random.dateBetween(start, last));
            }
            dates.sort(null);
            for (int v = 0; v < dates.size(); v++) {
                LocalDate date = dates.get(v);
                OrgUnit unit = random.pick(visited);
                UUID visitId = random.uuid();
                String head = random.pick(HEADS);
                List<VisitFinding> findings = new ArrayList<>();
                for (InspectionArea area : InspectionArea.values()) {
                    if (!random.chance(0.45)) {
                        findings.add(VisitFinding.none(area));
                        continue;
                    }
                    String[] problem = random.pick(PROBLEMS.get(area));
                    CadreRef cadre = pickCadre(random, byUnit.get(unit.id()));
                    Rectification item = item(random, ProblemSource.SUPERVISION, ProblemCategory.of(area), unit, cadre,
                            problem, date, head, visitId, today, numbers, events);
                    itemRows.add(item);
                    findings.add(new VisitFinding(area, true, item.description(), item.cadreId(), null, item.severity(),
                            item.measures(), item.deadline(), item.id(), item.number()));
                }
                visitRows.add(new SupervisionVisit(visitId, String.format("JC-%d-%03d", options.year(), v + 1), date,
                        random.chance(0.6) ? VisitKind.UNANNOUNCED : VisitKind.ANNOUNCED, unit.id(), unit.name(),
                        random.chance(0.5) ? MonitoringGroup.CONDUCT : MonitoringGroup.EFFICIENCY, random.pick(MEMBERS),
                        head, null, findings, RecordStamp.NEW));
            }
            List<ProblemSource> others = List.of(ProblemSource.SELF_INSPECTION, ProblemSource.SPECIAL_INSPECTION,
                    ProblemSource.DOUBLE_EVALUATION, ProblemSource.DEBRIEFING_COMMENT, ProblemSource.COMPLAINT);
            while (itemRows.size() < itemCount) {
                ProblemSource source = random.pick(others);
                OrgUnit unit = random.pick(all);
                String[] problem = random.pick(OTHER_PROBLEMS.get(source));
                CadreRef cadre = random.chance(0.5) ? pickCadre(random, byUnit.get(unit.id())) : null;
                ProblemCategory category = random.pick(List.of(ProblemCategory.values()));
                itemRows.add(item(random, source, category, unit, cadre, problem, random.dateBetween(start, last),
                        random.pick(HEADS), null, today, numbers, events));
            }
            // visits first without findings (items point at them), then the items, then the findings
            List<SupervisionVisit> bare = visitRows.stream().map(v -> new SupervisionVisit(v.id(), v.number(),
                    v.visitDate(), v.kind(), v.unitId(), v.unitName(), v.group(), v.members(), v.responsiblePerson(),
                    v.notes(), List.of(), v.stamp())).toList();
            visits.insertAll(bare, stamp);
            items.insertAll(itemRows, stamp);
            items.insertEvents(events, stamp.originUnit());
            visits.insertFindingsOf(visitRows, stamp);
            return new int[] {visitRows.size(), itemRows.size()};
        });
    }

    /** About 300 for the county (150 cadres), two per cadre beyond. */
    static int ledgerItemsFor(int cadres) {
        return Math.max(300, cadres * 2);
    }

    /** As many visits as make about a quarter of the items (36 for the county's 300). */
    static int visitsFor(int ledgerItems) {
        return ledgerItems * 36 / 300;
    }

    private static CadreRef pickCadre(DemoRandom random, List<CadreRef> inUnit) {
        return inUnit == null || inUnit.isEmpty() ? null : random.pick(inUnit);
    }

    private static Rectification item(DemoRandom random, ProblemSource source, ProblemCategory category, OrgUnit unit,
            CadreRef cadre, String[] problem, LocalDate found, String head, UUID visitId, LocalDate today,
            Map<Integer, Integer> numbers, List<RectificationEvent> events) {
        ProblemSeverity severity = random.pick(List.of(ProblemSeverity.INCIPIENT, ProblemSeverity.MINOR_VIOLATION,
                ProblemSeverity.MINOR_VIOLATION, ProblemSeverity.TENDENCY, ProblemSeverity.RECURRING));
        ProblemResponse response = random.chance(0.9) ? severity.suggestedResponse()
                : random.pick(List.of(ProblemResponse.values()));
        LocalDate deadline = found.plusDays(random.between(10, 60));
        LocalDate returnVisit = response == ProblemResponse.RETURN_VISIT_EDUCATION
                ? deadline.plusDays(random.between(20, 90)) : null;
        int year = found.getYear();
        int n = numbers.merge(year, 1, Integer::sum);
        UUID id = random.uuid();
        String rectifier = "clerk-" + unit.code();
        // how far the item has come, decided by how long ago its deadline was
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        double roll = random.below(100) / 100.0;
        RectificationStatus status;
        if (daysLeft < -20) {
            status = roll < 0.72 ? RectificationStatus.VERIFIED : roll < 0.82 ? RectificationStatus.RECTIFIED
                    : roll < 0.87 ? RectificationStatus.REOPENED : roll < 0.94 ? RectificationStatus.RECTIFYING
                    : RectificationStatus.OPEN;
        } else if (daysLeft < 0) {
            status = roll < 0.4 ? RectificationStatus.RECTIFIED : roll < 0.7 ? RectificationStatus.RECTIFYING
                    : RectificationStatus.OPEN;
        } else {
            status = roll < 0.2 ? RectificationStatus.RECTIFIED : roll < 0.65 ? RectificationStatus.RECTIFYING
                    : RectificationStatus.OPEN;
        }
        LocalDate cap = today.isBefore(found) ? found : today;
        LocalDate rectifiedOn = null;
        LocalDate verifiedOn = null;
        String note = null;
        List<Object[]> steps = new ArrayList<>();
        steps.add(new Object[] {found, RectificationEvent.CREATED, null, null, RectificationStatus.OPEN, null, "system"});
        if (status != RectificationStatus.OPEN) {
            LocalDate started = min(found.plusDays(random.between(1, 5)), cap);
            steps.add(new Object[] {started, RectificationEvent.STEP, RectificationStep.START, RectificationStatus.OPEN,
                RectificationStatus.RECTIFYING, null, rectifier});
            if (status != RectificationStatus.RECTIFYING) {
                rectifiedOn = min(deadline.plusDays(random.between(-8, 4)), cap);
                rectifiedOn = rectifiedOn.isBefore(started) ? started : rectifiedOn;
                steps.add(new Object[] {rectifiedOn, RectificationEvent.STEP, RectificationStep.MARK_RECTIFIED,
                    RectificationStatus.RECTIFYING, RectificationStatus.RECTIFIED, "已按要求完成整改", rectifier});
            }
            if (status == RectificationStatus.VERIFIED || status == RectificationStatus.REOPENED) {
                verifiedOn = min(rectifiedOn.plusDays(random.between(2, 12)), cap);
                note = "经复查，整改到位，予以销号";
                steps.add(new Object[] {verifiedOn, RectificationEvent.STEP, RectificationStep.VERIFY,
                    RectificationStatus.RECTIFIED, RectificationStatus.VERIFIED, note, VERIFIER});
            }
            if (status == RectificationStatus.REOPENED) {
                steps.add(new Object[] {min(verifiedOn.plusDays(random.between(5, 20)), cap), RectificationEvent.STEP,
                    RectificationStep.REOPEN, RectificationStatus.VERIFIED, RectificationStatus.REOPENED,
                    "问题出现反复，重新整改", VERIFIER});
                rectifiedOn = null;
                verifiedOn = null;
                note = null;
            }
        }
        LocalDate returnDone = returnVisit != null && status == RectificationStatus.VERIFIED
                && returnVisit.isBefore(today) && random.chance(0.6) ? returnVisit : null;
        if (returnDone != null) {
            steps.add(new Object[] {returnDone, RectificationEvent.RETURN_VISIT, null, status, status, "已回访", VERIFIER});
        }
        for (Object[] s : steps) {
            events.add(new RectificationEvent(random.uuid(), id, ((LocalDate) s[0]).atTime(9, 30).toInstant(ZoneOffset.ofHours(8)),
                    (String) s[6], (String) s[1], (RectificationStep) s[2], (RectificationStatus) s[3],
                    (RectificationStatus) s[4], (String) s[5]));
        }
        return new Rectification(id, String.format("ZG-%d-%04d", year, n), source, unit.id(), unit.name(),
                cadre == null ? null : cadre.id(), cadre == null ? null : cadre.name(), category, severity, response,
                problem[0], found, problem[1], unit.id(), unit.name(), head, deadline, status,
                rectifiedOn == null ? null : rectifier, rectifiedOn, verifiedOn == null ? null : VERIFIER, verifiedOn,
                note, returnVisit, returnDone, visitId, RecordStamp.NEW);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
