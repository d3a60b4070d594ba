package org.integritydesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.Gender;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.SocialCreditCode;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.DebriefingRepository;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;

/**
 * Demo data of the debriefing (述职述廉): one session of the demo year organised by the county bureau, about
 * twelve reporting cadres of the four categories, representatives of the four kinds, the returned ballots
 * entered twice by two people (agreeing, so the result is final), a few comments with the cadres' answers,
 * one of them turned into a ledger item. Drawn from its own seeded random; written in one transaction.
 */
public final class DemoDebriefing implements DemoExtension {
    static final String FIRST_ENTRY = "inspector";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> ENTERPRISES = List.of("吉安县赣江食品有限公司", "吉安县庐陵建材有限责任公司",
            "吉安县井冈农产品贸易有限公司", "吉安县永和医药连锁有限公司");
    private static final List<String> SHOPS = List.of("城关镇红梅副食店", "敦厚镇小李电器维修部", "永阳镇福满楼饭店");
    private static final List<String[]> COMMENTS = List.of(
            new String[] {"农贸市场周边占道经营、流动摊贩较多，市场巡查不到位。",
                "感谢代表监督。我们将增加早晚巡查频次，会同城管开展联合整治，建立巡查记录。"},
            new String[] {"部分窗口办理营业执照仍需多次往返，建议推行一次性告知。",
                "已在政务服务窗口推行一次性告知和预约服务，下一步将压缩办理时限。"},
            new String[] {"消费投诉处理结果反馈较慢，希望明确办理时限。",
                "将严格执行投诉七日内受理、反馈制度，并对处理情况开展回访。"},
            new String[] {"对个体工商户的政策宣传还不够，建议进村入户开展宣传。",
                "将结合“六进”活动，组织执法人员上门开展政策宣传。"});

    private final Transactions tx;
    private final DebriefingRepository sessions;
    private final RectificationRepository items;
    private final Stamps stamps;

    public DemoDebriefing(Transactions tx, DebriefingRepository sessions, RectificationRepository items, Stamps stamps) {
        this.tx = tx;
        this.sessions = sessions;
        this.items = items;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        DemoRandom random = context.random("debriefing");
        LocalDate date = LocalDate.of(context.year(), 12, 18);
        if (date.isAfter(context.today())) {
            date = context.today();
        }
        if (date.getYear() != context.year()) {
            return new DemoSummary.Feature("cli.demo.debriefing", 0, 0);
        }
        List<ReportingPick> picks = pick(context, random);
        if (picks.isEmpty()) {
            return new DemoSummary.Feature("cli.demo.debriefing", 0, 0);
        }
        LocalDate day = date;
        return tx.inTransaction(() -> {
            Stamping stamp = stamps.next();
            UUID sessionId = random.uuid();
            int expected = 40;
            DebriefingSession session = new DebriefingSession(sessionId,
                    String.format("SZ-%d-%02d", context.year(), sessions.lastNumber("SZ-" + context.year() + "-") + 1),
                    context.year(), day, "县局三楼会议室", context.bureau().id(), context.bureau().name(),
                    SatisfactionFormula.DEFAULT, expected, true, RecordStamp.NEW);
            sessions.insertSession(session, stamp);
            List<ReportingCadre> reporting = new ArrayList<>();
            int order = 1;
            for (ReportingPick p : picks) {
                reporting.add(new ReportingCadre(random.uuid(), sessionId, p.cadre().id(), p.cadre().name(), null,
                        p.cadre().position(), p.category(), order++));
            }
            sessions.insertCadres(reporting, stamp);
            List<Representative> reps = representatives(random, sessionId);
            sessions.insertRepresentatives(reps, stamp);
            int returned = 36 + random.below(4);
            int voided = random.below(2);
            List<BallotTally> tallies = new ArrayList<>();
            for (ReportingCadre c : reporting) {
                int valid = returned - voided;
                int unsatisfied = random.below(3);
                int abstained = random.below(2);
                int basically = 2 + random.below(6);
                int satisfied = valid - unsatisfied - abstained - basically;
                tallies.add(BallotTally.of(c.id(), expected, returned, voided, satisfied, basically, unsatisfied,
                        abstained));
            }
            String second = "clerk-" + context.units().stream().filter(u -> u.kind() == UnitKind.SUB_BUREAU)
                    .map(OrgUnit::code).findFirst().orElse(context.bureau().code());
            sessions.replaceTallies(sessionId, EntryRound.FIRST, FIRST_ENTRY, tallies, stamp);
            sessions.replaceTallies(sessionId, EntryRound.SECOND, second, tallies, stamp);
            int comments = 0;
            DebriefingComment first = null;
            for (int i = 0; i < COMMENTS.size(); i++) {
                String[] c = COMMENTS.get(i);
                ReportingCadre to = reporting.get(random.below(reporting.size()));
                Representative from = reps.get(i % reps.size());
                DebriefingComment comment = new DebriefingComment(random.uuid(), sessionId, from.id(), from.name(),
                        to.id(), to.name(), c[0], c[1], null, null, RecordStamp.NEW);
                sessions.insertComment(comment, stamp);
                comments++;
                if (first == null) {
                    first = comment;
                }
            }
            Rectification item = ledgerItem(random, session, first, picks, reporting, stamp);
            sessions.updateComment(new DebriefingComment(first.id(), sessionId, first.representativeId(), null,
                    first.reportingCadreId(), null, first.question(), first.answer(), item.id(), null,
                    new RecordStamp(null, null, null, null, 1)), stamp);
            return new DemoSummary.Feature("cli.demo.debriefing", reporting.size(), comments);
        });
    }

    private record ReportingPick(Cadre cadre, ReportingCategory category) {
    }

    /** About twelve cadres: party group members of the bureau, sub-bureau heads, middle-level cadres, officers. */
    private static List<ReportingPick> pick(Context context, DemoRandom random) {
        Map<UUID, OrgUnit> units = new java.util.HashMap<>();
        context.units().forEach(u -> units.put(u.id(), u));
        List<ReportingPick> picks = new ArrayList<>();
        List<Cadre> live = context.cadres();
        add(picks, live, 3, c -> c.category() == CadreCategory.LEADING && c.unitId().equals(context.bureau().id()),
                ReportingCategory.PARTY_GROUP_MEMBER);
        add(picks, live, 4, c -> "分局局长".equals(c.position())
                && units.containsKey(c.unitId()) && units.get(c.unitId()).kind() == UnitKind.SUB_BUREAU,
                ReportingCategory.SUB_BUREAU_DIRECTOR);
        add(picks, live, 3, c -> c.category() == CadreCategory.MIDDLE_LEVEL && !"分局局长".equals(c.position())
                && !"分局副局长".equals(c.position()), ReportingCategory.MIDDLE_CADRE);
        add(picks, live, 2, c -> c.category() == CadreCategory.LAW_ENFORCEMENT,
                ReportingCategory.LAW_ENFORCEMENT_OFFICER);
        return picks;
    }

    private static void add(List<ReportingPick> picks, List<Cadre> live, int count,
            java.util.function.Predicate<Cadre> which, ReportingCategory category) {
        int added = 0;
        for (Cadre c : live) {
            if (added == count) {
                return;
            }
            if (which.test(c) && picks.stream().noneMatch(p -> p.cadre().id().equals(c.id()))) {
                picks.add(new ReportingPick(c, category));
                added++;
            }
        }
    }

    private static List<Representative> representatives(DemoRandom random, UUID sessionId) {
        DemoMobiles mobiles = new DemoMobiles();
        List<Representative> reps = new ArrayList<>();
        String[][] plan = {{"NPC_DEPUTY", "县人大常委会"}, {"NPC_DEPUTY", "敦厚镇人大主席团"}, {"CPPCC_MEMBER", "县政协"},
            {"CPPCC_MEMBER", "县政协经济委员会"}, {"ENTERPRISE", null}, {"ENTERPRISE", null}, {"ENTERPRISE", null},
            {"INDIVIDUAL_BUSINESS", null}, {"INDIVIDUAL_BUSINESS", null}};
        int enterprise = 0;
        int shop = 0;
        for (String[] p : plan) {
            RepresentativeKind kind = RepresentativeKind.valueOf(p[0]);
            String organisation = p[1];
            String code = null;
            if (kind == RepresentativeKind.ENTERPRISE) {
                organisation = ENTERPRISES.get(enterprise++ % ENTERPRISES.size());
                code = creditCode(random);
            } else if (kind == RepresentativeKind.INDIVIDUAL_BUSINESS) {
                organisation = SHOPS.get(shop++ % SHOPS.size());
            }
            Gender gender = random.chance(0.6) ? Gender.MALE : Gender.FEMALE;
            reps.add(new Representative(random.uuid(), sessionId, kind, ChineseNames.hanName(random, gender).full(),
                    organisation, code, mobiles.next(random)));
        }
        return reps;
    }

    /** A valid code of a company registered in Ji'an County (91 360821 …). */
    static String creditCode(DemoRandom random) {
        StringBuilder b = new StringBuilder("91360821");
        for (int i = 0; i < 9; i++) {
            b.append(CODE_ALPHABET.charAt(random.below(CODE_ALPHABET.length())));
        }
        return b.append(SocialCreditCode.checkCharacter(b.toString())).toString();
    }

    private Rectification ledgerItem(DemoRandom random, DebriefingSession session, DebriefingComment comment,
            List<ReportingPick> picks, List<ReportingCadre> reporting, Stamping stamp) {
        ReportingCadre to = reporting.stream().filter(r -> r.id().equals(comment.reportingCadreId())).findFirst()
                .orElseThrow();
        Cadre cadre = picks.stream().map(ReportingPick::cadre).filter(c -> c.id().equals(to.cadreId())).findFirst()
                .orElseThrow();
        String prefix = "ZG-" + session.year() + "-";
        String number = prefix + String.format("%04d", items.lastNumber(prefix) + 1);
        LocalDate deadline = session.date().plusDays(30);
        ProblemSeverity severity = ProblemSeverity.TENDENCY;
        Rectification item = new Rectification(random.uuid(), number, ProblemSource.DEBRIEFING_COMMENT, cadre.unitId(),
                null, cadre.id(), null, ProblemCategory.WORK_EFFICIENCY, severity, severity.suggestedResponse(),
                comment.representativeName() + "：" + comment.question(), session.date(),
                "增加巡查频次，会同城管开展联合整治，建立巡查记录", cadre.unitId(), null, cadre.name(), deadline,
                RectificationStatus.OPEN, null, null, null, null, null, null, null, null, RecordStamp.NEW);
        items.insertAll(List.of(item), stamp);
        Instant at = stamp.now();
        items.insertEvents(List.of(new RectificationEvent(random.uuid(), item.id(), at, FIRST_ENTRY,
                RectificationEvent.CREATED, null, null, RectificationStatus.OPEN, null)), stamp.originUnit());
        return item;
    }
}
