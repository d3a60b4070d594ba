package org.integritydesk.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.integritydesk.model.AssessmentEntry;
import org.integritydesk.model.AssessorScore;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.Deduction;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Sanction;
import org.integritydesk.model.SanctionKind;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.AssessmentRepository;
import org.integritydesk.store.SanctionRepository;
import org.integritydesk.store.Transactions;

/**
 * Demo data of the annual assessment: one sanction (记过) in the demo year, the self and assessors'
 * scores of a few cadres (one with a deduction), and the year computed from every feature's demo
 * records. Registered after the other features' demo data, which it reads; its chance comes from
 * its own seeded random.
 */
public final class DemoAssessment implements DemoExtension {
    private static final List<String> ASSESSORS = List.of("王芳", "刘静", "陈志强");

    private final Transactions tx;
    private final SanctionRepository sanctions;
    private final AssessmentRepository assessments;
    private final AssessmentService assessment;
    private final Stamps stamps;

    public DemoAssessment(Transactions tx, SanctionRepository sanctions, AssessmentRepository assessments,
            AssessmentService assessment, Stamps stamps) {
        this.tx = tx;
        this.sanctions = sanctions;
        this.assessments = assessments;
        this.assessment = assessment;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        List<Cadre> active = context.cadres().stream().filter(c -> c.status() == CadreStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            return new DemoSummary.Feature("cli.demo.assessment", 0, 0);
        }
        DemoRandom random = context.random("assessment");
        LocalDate start = LocalDate.of(context.year(), 1, 1);
        LocalDate last = LocalDate.of(context.year(), 12, 31);
        if (last.isAfter(context.today())) {
            last = context.today();
        }
        LocalDate sanctionDate = last.isAfter(start) ? random.dateBetween(start, last) : start;
        Cadre sanctioned = random.pick(active);
        int entries = Math.min(6, active.size());
        tx.run(() -> {
            var stamp = stamps.next();
            sanctions.insert(new Sanction(random.uuid(), sanctioned.id(), sanctionDate, SanctionKind.DEMERIT,
                    "吉县市监纪〔" + context.year() + "〕" + random.between(1, 20) + "号", "收受管理服务对象购物卡",
                    RecordStamp.NEW, null), stamp);
            for (int i = 0; i < entries; i++) {
                Cadre cadre = active.get(i);
                int base = random.between(82, 96);
                List<AssessorScore> scores = ASSESSORS.stream()
                        .map(a -> new AssessorScore(a, BigDecimal.valueOf(base + random.between(-3, 3)))).toList();
                List<Deduction> deductions = i == 1
                        ? List.of(new Deduction(new BigDecimal("2"), "廉政学习笔记未按要求完成")) : List.of();
                assessments.saveEntry(new AssessmentEntry(context.year(), cadre.id(),
                        BigDecimal.valueOf(random.between(90, 98)), scores, deductions, 0), stamp);
            }
        });
        AssessmentService.Computed computed = assessment.computeForDemo(context.year());
        return new DemoSummary.Feature("cli.demo.assessment", computed.cadres(), 1);
    }
}
