package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.model.SelfInspectionRules;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.SelfInspectionRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;

/**
 * Demo data of 专项自查: one campaign of the demo year with the seed account's five items, sent to
 * the whole bureau. Most cadres declared 无 on every item, some have not declared yet, and a few
 * declared a 有, each of which is a ledger item of source 自查自纠 (waiting for rectification) linked
 * to the answer. Drawn from its own seeded random; written in one transaction, in batches.
 */
public final class DemoSelfInspection implements DemoExtension {
    private static final Map<Integer, List<String>> EXPLANATIONS = Map.of(
            1, List.of("曾为亲属所在公司参与辖区项目投标打过招呼", "向招标单位推荐过熟人企业"),
            2, List.of("配偶在辖区内经营一家个体商店，未按规定报告", "本人持有亲属企业少量股份"),
            3, List.of("2024年参加培训期间绕道景区游览，费用已公款报销", "外出考察期间安排了与主题无关的参观"),
            4, List.of("春节期间收受招商企业红包600元，未及时上交", "招商活动中收受企业购物卡一张"),
            5, List.of("办公用品采购未按规定比价", "考察学习行程超出批准天数"));

    private final Transactions tx;
    private final SelfInspectionRepository campaigns;
    private final RectificationRepository items;
    private final Stamps stamps;

    public DemoSelfInspection(Transactions tx, SelfInspectionRepository campaigns, RectificationRepository items,
            Stamps stamps) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.items = items;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        int[] counts = generate(context);
        return new DemoSummary.Feature("cli.demo.selfInspection", counts[0], counts[1], counts[2]);
    }

    /** Writes the campaign, its declarations and the ledger items; returns cadres, declared and issues. */
    int[] generate(Context context) {
        DemoRandom random = context.random("self-inspection");
        LocalDate today = stamps.today();
        LocalDate yearEnd = LocalDate.of(context.year(), 12, 31);
        LocalDate last = yearEnd.isAfter(today) ? today : yearEnd;
        LocalDate starts = last.minusDays(60);
        if (starts.getYear() != context.year()) {
            starts = LocalDate.of(context.year(), 1, 1);
        }
        if (context.cadres().isEmpty() || last.isBefore(starts)) {
            return new int[] {0, 0, 0};
        }
        LocalDate startsOn = starts;
        return tx.inTransaction(() -> {
            Stamping stamp = stamps.next();
            String prefix = "ZC-" + context.year() + "-";
            UUID campaignId = random.uuid();
            SelfInspectionCampaign campaign = new SelfInspectionCampaign(campaignId,
                    prefix + String.format("%02d", campaigns.lastNumber(prefix) + 1),
                    context.year() + "年领导干部廉洁从政专项自查", context.year(), startsOn, startsOn.plusDays(75),
                    "对照违规插手招投标、经商办企业、公款旅游、以招商引资名义收受红包、考察学习和政府采购等方面逐项自查自纠，"
                            + "促进干部廉洁从政。",
                    SelfInspectionRules.SEED_ITEMS, List.of(), RecordStamp.NEW);
            campaigns.insert(campaign, stamp);
            campaigns.addUnits(campaignId, List.of(context.bureau().id()));
            List<UUID[]> pairs = new ArrayList<>();
            for (Cadre c : context.cadres()) {
                pairs.add(new UUID[] {c.id(), c.unitId()});
            }
            campaigns.insertDeclarations(campaignId, pairs, stamp);
            Map<UUID, String> unitNames = new java.util.HashMap<>();
            context.units().forEach(u -> unitNames.put(u.id(), u.name()));
            String itemPrefix = "ZG-" + context.year() + "-";
            int next = items.lastNumber(itemPrefix);
            List<SelfInspectionDeclaration> declared = new ArrayList<>();
            List<Rectification> ledger = new ArrayList<>();
            List<RectificationEvent> events = new ArrayList<>();
            int issues = 0;
            for (SelfInspectionDeclaration d : campaigns.declarationsOf(campaignId)) {
                if (!random.chance(0.85)) {
                    continue;
                }
                LocalDate on = random.dateBetween(startsOn, last);
                List<DeclarationAnswer> answers = new ArrayList<>();
                int withIssue = random.chance(0.05) ? random.between(1, 5) : 0;
                for (int position = 1; position <= SelfInspectionRules.SEED_ITEMS.size(); position++) {
                    if (position != withIssue) {
                        answers.add(DeclarationAnswer.none(position));
                        continue;
                    }
                    String why = random.pick(EXPLANATIONS.get(position));
                    UUID itemId = random.uuid();
                    ledger.add(new Rectification(itemId, itemPrefix + String.format("%04d", ++next),
                            ProblemSource.SELF_INSPECTION, d.unitId(), unitNames.get(d.unitId()), d.cadreId(), d.cadreName(),
                            ProblemCategory.INTEGRITY, ProblemSeverity.INCIPIENT,
                            ProblemSeverity.INCIPIENT.suggestedResponse(),
                            SelfInspectionRules.ledgerDescription(campaign.title(), position,
                                    SelfInspectionRules.SEED_ITEMS.get(position - 1), why),
                            on, SelfInspectionRules.DEFAULT_MEASURES, d.unitId(), unitNames.get(d.unitId()), d.cadreName(),
                            on.plusMonths(1), RectificationStatus.OPEN, null, null, null, null, null, null, null, null,
                            RecordStamp.NEW));
                    events.add(new RectificationEvent(random.uuid(), itemId, on.atTime(9, 30).toInstant(ZoneOffset.ofHours(8)),
                            "system", RectificationEvent.CREATED, null, null, RectificationStatus.OPEN, null));
                    answers.add(new DeclarationAnswer(position, true, why, itemId, null));
                    issues++;
                }
                declared.add(new SelfInspectionDeclaration(d.id(), campaignId, d.cadreId(), d.cadreName(), d.position(),
                        d.unitId(), d.unitName(), on, answers, d.version()));
            }
            items.insertAll(ledger, stamp);
            items.insertEvents(events, stamp.originUnit());
            campaigns.markDeclared(declared);
            campaigns.insertAnswers(declared);
            return new int[] {pairs.size(), declared.size(), issues};
        });
    }
}
