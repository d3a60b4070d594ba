package org.integritydesk.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.EducationRules;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.EducationActivityRepository;
import org.integritydesk.store.EducationBaseRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;

/**
 * A year of education in the demo bureau: the education bases the county uses (红色文化 and
 * 庐陵文化 sites), a monthly party class for leading and middle-level cadres, a quarterly warning
 * education session, three monthly sessions in each unit's study groups (of at most 200, so a
 * province-sized demo still has sign-in sheets of a sensible length), a few base visits, and the
 * attendance of each, taken for the activities already held: mostly present, some on leave with
 * a reason, a few absent. About 40 attendance rows a cadre a year (2 million for 50,000 cadres).
 */
public final class DemoEducation implements DemoExtension {
    static final int STUDY_GROUP_SIZE = 200;
    private static final int ROWS_PER_TRANSACTION = 250_000;
    private static final List<String> LEAVE_REASONS = List.of("外出执法", "出差", "病假", "年休假", "参加上级培训", "值班");
    private static final List<String> ABSENCE_REASONS = List.of("未请假", "临时外出", "");

    /** The bases named in the county's practice, with their kind and theme. */
    static final List<EducationBase> BASES = List.of(
            base("文天祥纪念馆", BaseKind.LULING_CULTURE, BaseTheme.LOYALTY, "吉安县敦厚镇", true),
            base("将军园", BaseKind.RED_CULTURE, BaseTheme.REVOLUTIONARY_TRADITION, "吉安县", true),
            base("革命烈士纪念馆", BaseKind.RED_CULTURE, BaseTheme.REVOLUTIONARY_TRADITION, "吉安县", false),
            base("吉州窑遗址公园", BaseKind.LULING_CULTURE, BaseTheme.DILIGENCE_AND_INTEGRITY, "吉安县永和镇", true),
            base("吉州窑博物馆", BaseKind.LULING_CULTURE, BaseTheme.INNOVATION, "吉安县永和镇", false),
            base("钓源古村", BaseKind.LULING_CULTURE, BaseTheme.DILIGENCE_AND_INTEGRITY, "吉安县", false));

    /** What each unit's study groups hold every month: the regular meeting, a lecture, a case briefing. */
    private record UnitSession(ActivityKind kind, String title, int firstDay, LocalTime time, String hours) {
    }

    private static final List<UnitSession> UNIT_SESSIONS = List.of(
            new UnitSession(ActivityKind.MEETING, "廉政学习例会", 3, LocalTime.of(16, 0), "1"),
            new UnitSession(ActivityKind.LECTURE, "廉政专题讲座", 11, LocalTime.of(15, 0), "2"),
            new UnitSession(ActivityKind.CASE_BRIEFING, "典型案例通报学习", 19, LocalTime.of(16, 0), "1.5"));

    private final Transactions tx;
    private final EducationBaseRepository bases;
    private final EducationActivityRepository activities;
    private final Stamps stamps;

    public DemoEducation(Transactions tx, EducationBaseRepository bases, EducationActivityRepository activities,
            Stamps stamps) {
        this.tx = tx;
        this.bases = bases;
        this.activities = activities;
        this.stamps = stamps;
    }

    private static EducationBase base(String name, BaseKind kind, BaseTheme theme, String address, boolean demo) {
        return new EducationBase(null, name, kind, theme, address, demo, null, RecordStamp.NEW);
    }

    /** One planned activity and who is expected at it. */
    private record Planned(EducationActivity activity, List<Cadre> expected) {
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        DemoRandom random = context.random("education");
        List<EducationBase> stored = tx.inTransaction(() -> storeBases(random));
        List<Planned> plan = plan(context, random, stored);
        LocalDateTime now = context.today().atTime(LocalTime.of(23, 59));
        List<Object[]> rows = new ArrayList<>();
        int written = 0;
        int activityIndex = 0;
        Stamping stamp = stamps.next();
        List<EducationActivity> pendingActivities = new ArrayList<>();
        for (Planned planned : plan) {
            pendingActivities.add(planned.activity());
            boolean held = !planned.activity().startsAt().isAfter(now);
            LocalDate day = planned.activity().startsAt().toLocalDate();
            for (Cadre cadre : planned.expected()) {
                if (!EducationRules.activeOn(cadre, day)) {
                    continue;
                }
                AttendanceStatus status = held ? status(random) : null;
                String reason = status == AttendanceStatus.ON_LEAVE ? random.pick(LEAVE_REASONS)
                        : status == AttendanceStatus.ABSENT ? blankToNull(random.pick(ABSENCE_REASONS)) : null;
                rows.add(new Object[] {planned.activity().id(), cadre.id(), cadre.unitId(), day,
                    planned.activity().hours(), status, reason, stamp.now(), stamp.user(), stamp.originUnit()});
            }
            activityIndex++;
            if (rows.size() >= ROWS_PER_TRANSACTION || activityIndex == plan.size()) {
                written += flush(pendingActivities, rows, stamp);
                pendingActivities.clear();
                rows.clear();
                progress.progress(activityIndex, plan.size());
            }
        }
        return new DemoSummary.Feature("cli.demo.education", stored.size(), plan.size(), written);
    }

    private int flush(List<EducationActivity> batch, List<Object[]> rows, Stamping stamp) {
        int count = rows.size();
        tx.run(() -> {
            activities.insertAll(batch, stamp);
            activities.insertAttendance(rows);
            batch.forEach(a -> activities.recount(a.id()));
        });
        return count;
    }

    private static AttendanceStatus status(DemoRandom random) {
        int roll = random.below(100);
        return roll < 92 ? AttendanceStatus.PRESENT : roll < 97 ? AttendanceStatus.ON_LEAVE : AttendanceStatus.ABSENT;
    }

    private List<EducationBase> storeBases(DemoRandom random) {
        List<EducationBase> created = new ArrayList<>();
        for (EducationBase template : BASES) {
            UUID id = random.uuid();
            if (bases.findLiveByName(template.name()).isEmpty()) {
                created.add(new EducationBase(id, template.name(), template.kind(), template.theme(), template.address(),
                        template.demonstrationSite(), template.notes(), RecordStamp.NEW));
            }
        }
        bases.insertAll(created, stamps.next());
        return bases.listLive();
    }

    private List<Planned> plan(Context context, DemoRandom random, List<EducationBase> stored) {
        int year = context.year();
        OrgUnit bureau = context.bureau();
        Map<UUID, List<Cadre>> byUnit = new LinkedHashMap<>();
        context.cadres().forEach(c -> byUnit.computeIfAbsent(c.unitId(), u -> new ArrayList<>()).add(c));
        List<Cadre> leaders = context.cadres().stream()
                .filter(c -> c.category() == CadreCategory.LEADING || c.category() == CadreCategory.MIDDLE_LEVEL).toList();
        List<Planned> plan = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            // 党课 for leading and middle-level cadres, county-wide, in groups
            LocalDate classDay = workday(LocalDate.of(year, month, 8 + random.below(10)));
            addInGroups(plan, random, leaders, ActivityKind.PARTY_CLASS, "廉洁从政专题党课（" + month + "月）", classDay,
                    LocalTime.of(9, 0), "2", "县局三楼会议室", null, bureau, "县局党组书记", EnumSet.of(OutreachTarget.INSTITUTION));
            // each unit's study groups meet twice a month
            for (Map.Entry<UUID, List<Cadre>> unit : byUnit.entrySet()) {
                OrgUnit organiser = context.units().stream().filter(u -> u.id().equals(unit.getKey())).findFirst()
                        .orElse(bureau);
                for (UnitSession session : UNIT_SESSIONS) {
                    LocalDate day = workday(LocalDate.of(year, month, session.firstDay() + random.below(7)));
                    addInGroups(plan, random, unit.getValue(), session.kind(), session.title() + "（" + month + "月）", day,
                            session.time(), session.hours(), organiser.name() + "会议室", null, organiser, null,
                            EnumSet.of(OutreachTarget.INSTITUTION));
                }
            }
            if (month % 3 == 0) {
                LocalDate filmDay = workday(LocalDate.of(year, month, 20 + random.below(6)));
                addInGroups(plan, random, context.cadres(), ActivityKind.WARNING_FILM, "警示教育片观看（第" + (month / 3) + "季度）",
                        filmDay, LocalTime.of(14, 30), "1.5", "县局多功能厅", null, bureau, null,
                        EnumSet.of(OutreachTarget.INSTITUTION));
            }
        }
        // base visits in spring and autumn for leaders
        for (int visit = 0; visit < 4 && !stored.isEmpty(); visit++) {
            EducationBase base = stored.get(visit % stored.size());
            LocalDate day = workday(LocalDate.of(year, 3 + visit * 2, 10 + random.below(10)));
            List<Cadre> group = leaders.isEmpty() ? List.of() : leaders.subList(0, Math.min(40, leaders.size()));
            plan.add(new Planned(activity(random, ActivityKind.BASE_VISIT, "赴" + base.name() + "开展廉政教育", day,
                    LocalTime.of(8, 30), "4", null, base.id(), bureau, "讲解员", EnumSet.of(OutreachTarget.INSTITUTION)),
                    group));
        }
        plan.add(new Planned(activity(random, ActivityKind.FAMILY_INTEGRITY, "“家庭助廉”座谈会", workday(LocalDate.of(year, 5, 15)),
                LocalTime.of(15, 0), "2", "县局会议室", null, bureau, null,
                EnumSet.of(OutreachTarget.FAMILY, OutreachTarget.COMMUNITY)), leaders.subList(0, Math.min(30, leaders.size()))));
        plan.sort(java.util.Comparator.comparing((Planned p) -> p.activity().startsAt()));
        return plan;
    }

    private void addInGroups(List<Planned> plan, DemoRandom random, List<Cadre> people, ActivityKind kind, String title,
            LocalDate day, LocalTime time, String hours, String place, UUID baseId, OrgUnit organiser, String speaker,
            Set<OutreachTarget> outreach) {
        int groups = Math.max(1, (people.size() + STUDY_GROUP_SIZE - 1) / STUDY_GROUP_SIZE);
        for (int g = 0; g < groups; g++) {
            List<Cadre> group = people.subList(g * STUDY_GROUP_SIZE, Math.min(people.size(), (g + 1) * STUDY_GROUP_SIZE));
            if (group.isEmpty()) {
                continue;
            }
            String groupTitle = groups == 1 ? title : title + " 第" + (g + 1) + "组";
            plan.add(new Planned(activity(random, kind, groupTitle, day, time, hours, place, baseId, organiser, speaker,
                    outreach), group));
        }
    }

    private static EducationActivity activity(DemoRandom random, ActivityKind kind, String title, LocalDate day,
            LocalTime time, String hours, String place, UUID baseId, OrgUnit organiser, String speaker,
            Set<OutreachTarget> outreach) {
        return new EducationActivity(random.uuid(), kind, title, day.atTime(time), new BigDecimal(hours), place, baseId,
                organiser.id(), speaker, outreach, null, RecordStamp.NEW);
    }

    /** Moves a weekend day to the Monday after. */
    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
