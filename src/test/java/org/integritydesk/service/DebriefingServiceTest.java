package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.LedgerRequest;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.Role;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebriefingServiceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private TestServices services;
    private DebriefingService debriefing;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre director;
    private Cadre liSi;
    private Cadre wangWu;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        debriefing = services.debriefing;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        director = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").category(CadreCategory.LAW_ENFORCEMENT).importantPosition(false)
                .workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private DebriefingDraft draftOn(LocalDate date, boolean doubleEntry) {
        return new DebriefingDraft(date, "县局三楼会议室", bureau.id(), SatisfactionFormula.DEFAULT, 40, doubleEntry);
    }

    /** A session with the three cadres on its ballot. */
    private DebriefingSession planned(LocalDate date, boolean doubleEntry) {
        DebriefingSession s = debriefing.create(draftOn(date, doubleEntry));
        debriefing.addCadres(s.id(), ReportingCategory.PARTY_GROUP_MEMBER, List.of(director.id()));
        debriefing.addCadres(s.id(), ReportingCategory.SUB_BUREAU_DIRECTOR, List.of(liSi.id()));
        debriefing.addCadres(s.id(), ReportingCategory.LAW_ENFORCEMENT_OFFICER, List.of(wangWu.id()));
        return s;
    }

    private List<BallotTally> tallies(DebriefingSession s, int satisfiedOfFirst) {
        List<ReportingCadre> cadres = debriefing.details(s.id()).cadres();
        return List.of(
                BallotTally.of(cadres.get(0).id(), 40, 38, 1, satisfiedOfFirst, 36 - satisfiedOfFirst, 1, 0),
                BallotTally.of(cadres.get(1).id(), 40, 38, 1, 30, 5, 2, 0),
                BallotTally.of(cadres.get(2).id(), 40, 38, 1, 20, 10, 6, 1));
    }

    private List<AuditEvent> events() {
        return services.audit.find(AuditFilter.ANY, 0, 200);
    }

    @Test
    void plansASessionWithItsCadresAndRepresentativesAuditingEachChange() {
        long before = services.audit.count(AuditFilter.ANY);
        DebriefingSession s = planned(DAY, false);
        Representative rep = debriefing.addRepresentative(s.id(), new Representative(null, null,
                RepresentativeKind.ENTERPRISE, "刘德明", "吉安县赣江食品有限公司", "91110000600037341l", "+86 138-0796-0001"));

        assertThat(s.number()).isEqualTo("SZ-2025-01");
        assertThat(s.year()).isEqualTo(2025);
        DebriefingDetails d = debriefing.details(s.id());
        assertThat(d.cadres()).extracting(ReportingCadre::name, ReportingCadre::category, ReportingCadre::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张国强", ReportingCategory.PARTY_GROUP_MEMBER, 1),
                        org.assertj.core.groups.Tuple.tuple("李四", ReportingCategory.SUB_BUREAU_DIRECTOR, 2),
                        org.assertj.core.groups.Tuple.tuple("王五", ReportingCategory.LAW_ENFORCEMENT_OFFICER, 3));
        assertThat(d.representatives()).containsExactly(rep);
        assertThat(rep.creditCode()).isEqualTo("91110000600037341L");
        assertThat(rep.mobile()).isEqualTo("13807960001");
        assertThat(services.audit.count(AuditFilter.ANY) - before).isEqualTo(5);
        assertThat(events().get(0).recordType()).isEqualTo(AuditTrail.DEBRIEFING_SESSION);
        assertThat(debriefing.create(draftOn(DAY, false)).number()).isEqualTo("SZ-2025-02");
    }

    @Test
    void aWrongCreditCodeIsRefusedAndChangesNothing() {
        DebriefingSession s = planned(DAY, false);
        var fingerprint = services.fingerprint();
        assertThatThrownBy(() -> debriefing.addRepresentative(s.id(), new Representative(null, null,
                RepresentativeKind.ENTERPRISE, "刘德明", "吉安县赣江食品有限公司", "91110000600037341K", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(CHINESE.of(e.errors().get(0)))
                        .contains("校验位"));
        assertThatThrownBy(() -> debriefing.addRepresentative(s.id(), new Representative(null, null,
                RepresentativeKind.ENTERPRISE, "刘德明", "吉安县赣江食品有限公司", null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void singleEntryIsFinalAndGivesEachCadresSatisfaction() {
        DebriefingSession s = planned(DAY, false);
        DebriefingDetails d = debriefing.enterTallies(s.id(), EntryRound.FIRST, tallies(s, 33));
        assertThat(d.isFinal()).isTrue();
        assertThat(d.results()).extracting(r -> r.state()).containsOnly(EntryState.SINGLE);
        // (33 + 3 × 0.5) / 37
        assertThat(d.results().get(0).satisfaction()).isEqualTo(new BigDecimal("93.24"));
        assertThat(events().get(0).recordType()).isEqualTo(AuditTrail.BALLOT_TALLY);
        assertThat(events().get(0).kind()).isEqualTo(AuditKind.CREATE);
    }

    @Test
    void aTallyBreakingTheRulesIsRefusedNamingTheCadreAndNothingIsSaved() {
        DebriefingSession s = planned(DAY, false);
        List<BallotTally> ok = tallies(s, 33);
        List<BallotTally> bad = List.of(ok.get(0), ok.get(1).with(BallotField.RETURNED, 41).with(BallotField.SATISFIED, 33),
                ok.get(2));
        var fingerprint = services.fingerprint();
        assertThatThrownBy(() -> debriefing.enterTallies(s.id(), EntryRound.FIRST, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(CHINESE.of(e.errors().get(0)))
                        .isEqualTo("李四：收回票 41 张多于发出票 40 张，本次测评无效，不能录入"));
        List<BallotTally> sum = List.of(ok.get(0), ok.get(1).with(BallotField.VOIDED, 2), ok.get(2));
        assertThatThrownBy(() -> debriefing.enterTallies(s.id(), EntryRound.FIRST, sum))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(CHINESE.of(e.errors().get(0)))
                        .startsWith("李四：有效票 37 张 + 废票 2 张 = 39 张"));
        assertThatThrownBy(() -> debriefing.enterTallies(s.id(), EntryRound.FIRST, ok.subList(0, 2)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.ballot.everyCadre");
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void doubleEntryIsFinalOnlyWhenASecondPersonsEntryAgreesOrAnInspectorRules() {
        DebriefingSession s = planned(DAY, true);
        services.actAs(Role.SUB_BUREAU_CLERK, bureau.id(), null, "clerk-a");
        DebriefingDetails first = debriefing.enterTallies(s.id(), EntryRound.FIRST, tallies(s, 33));
        assertThat(first.isFinal()).isFalse();
        assertThat(first.results()).extracting(r -> r.state()).containsOnly(EntryState.AWAITING_SECOND);
        assertThatThrownBy(() -> debriefing.enterTallies(s.id(), EntryRound.SECOND, tallies(s, 33)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.ballot.samePerson");

        services.actAs(Role.SUB_BUREAU_CLERK, bureau.id(), null, "clerk-b");
        DebriefingDetails second = debriefing.enterTallies(s.id(), EntryRound.SECOND, tallies(s, 32));
        assertThat(second.isFinal()).isFalse();
        assertThat(second.results().get(0).state()).isEqualTo(EntryState.MISMATCH);
        assertThat(second.results().get(0).mismatches())
                .containsExactly(BallotField.SATISFIED, BallotField.BASICALLY_SATISFIED);
        assertThat(second.results().subList(1, 3)).extracting(r -> r.state()).containsOnly(EntryState.AGREED);
        assertThatThrownBy(() -> debriefing.resolve(s.id(), tallies(s, 33).get(0)))
                .isInstanceOf(AccessDeniedException.class);

        services.actAs(Role.INSPECTOR, null, null, "inspector");
        DebriefingDetails ruled = debriefing.resolve(s.id(), tallies(s, 33).get(0));
        assertThat(ruled.isFinal()).isTrue();
        assertThat(ruled.results().get(0).state()).isEqualTo(EntryState.RESOLVED);
        assertThat(ruled.results().get(0).satisfaction()).isEqualTo(new BigDecimal("93.24"));
        assertThat(events().get(0).kind()).isEqualTo(AuditKind.STATUS_CHANGE);
        assertThatThrownBy(() -> debriefing.resolve(s.id(), tallies(s, 33).get(1)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.ballot.nothingToRule");
    }

    @Test
    void ballotByBallotEntryCountsTheTypedLines() {
        DebriefingSession s = debriefing.create(new DebriefingDraft(DAY, "县局三楼会议室", bureau.id(),
                SatisfactionFormula.DEFAULT, 5, false));
        debriefing.addCadres(s.id(), ReportingCategory.MIDDLE_CADRE, List.of(liSi.id(), wangWu.id()));
        DebriefingDetails d = debriefing.enterBallots(s.id(), EntryRound.FIRST, 5, List.of("11", "12", "X", "30"));
        assertThat(d.results().get(0).finalTally()).isEqualTo(BallotTally.of(d.cadres().get(0).id(), 5, 4, 1, 2, 0, 1, 0));
        assertThat(d.results().get(1).satisfaction()).isEqualTo(new BigDecimal("50.00"));
        assertThatThrownBy(() -> debriefing.enterBallots(s.id(), EntryRound.FIRST, 5, List.of("19")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(CHINESE.of(e.errors().get(0)))
                        .contains("第 1 张").contains("第 2 位"));
    }

    @Test
    void aCommentBecomesALedgerItemInOneStepThroughTheLedgersRules() {
        DebriefingSession s = planned(DAY, false);
        DebriefingDetails d = debriefing.details(s.id());
        Representative rep = debriefing.addRepresentative(s.id(), new Representative(null, null,
                RepresentativeKind.NPC_DEPUTY, "陈建华", "县人大常委会", null, null));
        DebriefingComment comment = debriefing.addComment(s.id(), rep.id(), d.cadres().get(1).id(),
                "农贸市场周边占道经营较多，巡查不到位。", "将增加巡查频次。");
        assertThat(comment.representativeName()).isEqualTo("陈建华");
        assertThat(comment.cadreName()).isEqualTo("李四");

        LedgerRequest missing = new LedgerRequest(ProblemCategory.WORK_EFFICIENCY, ProblemSeverity.TENDENCY, "",
                "李四", LocalDate.of(2025, 4, 10));
        assertThatThrownBy(() -> debriefing.toRectification(comment.id(), comment.version(), missing))
                .isInstanceOf(ValidationException.class);

        Rectification item = debriefing.toRectification(comment.id(), comment.version(),
                new LedgerRequest(ProblemCategory.WORK_EFFICIENCY, ProblemSeverity.TENDENCY, "增加巡查频次，建立巡查记录",
                        "李四", LocalDate.of(2025, 4, 10)));
        assertThat(item.number()).isEqualTo("ZG-2025-0001");
        assertThat(item.source()).isEqualTo(ProblemSource.DEBRIEFING_COMMENT);
        assertThat(item.cadreId()).isEqualTo(liSi.id());
        assertThat(item.unitId()).isEqualTo(chengguan.id());
        assertThat(item.foundOn()).isEqualTo(DAY);
        assertThat(item.description()).isEqualTo("陈建华：农贸市场周边占道经营较多，巡查不到位。");
        assertThat(services.rectifications.list()).extracting(Rectification::number).containsExactly("ZG-2025-0001");
        DebriefingComment linked = debriefing.details(s.id()).comments().get(0);
        assertThat(linked.rectificationNumber()).isEqualTo("ZG-2025-0001");
        assertThat(events().subList(0, 2)).extracting(AuditEvent::recordType)
                .containsExactly(AuditTrail.DEBRIEFING_COMMENT, AuditTrail.RECTIFICATION);

        assertThatThrownBy(() -> debriefing.toRectification(linked.id(), linked.version(), missing))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.comment.inLedger");
        assertThatThrownBy(() -> debriefing.deleteComment(linked.id(), linked.version()))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.comment.inLedger");
        assertThatThrownBy(() -> debriefing.delete(s.id(), debriefing.details(s.id()).session().version()))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.debriefing.hasLedgerItems");
    }

    @Test
    void theFileTheAssessmentAndTheHomeChartReadFinalResultsWithAQuorumOnly() {
        DebriefingSession s = planned(DAY, false);
        debriefing.enterTallies(s.id(), EntryRound.FIRST, tallies(s, 33));
        DebriefingSession noQuorum = debriefing.create(new DebriefingDraft(DAY.plusDays(1), "城关分局会议室",
                bureau.id(), SatisfactionFormula.DEFAULT, 100, false));
        debriefing.addCadres(noQuorum.id(), ReportingCategory.LAW_ENFORCEMENT_OFFICER, List.of(wangWu.id()));
        UUID wangOnSecond = debriefing.details(noQuorum.id()).cadres().get(0).id();
        debriefing.enterTallies(noQuorum.id(), EntryRound.FIRST, List.of(BallotTally.of(wangOnSecond, 100, 50, 0, 50,
                0, 0, 0)));

        // the assessment calls its sources inside its own read transaction
        var source = services.assessmentInputs.sources().stream()
                .filter(candidate -> candidate.supplies().contains(AssessmentInput.DEBRIEFING_SATISFACTION)).findFirst().orElseThrow();
        Map<AssessmentInput, Map<UUID, BigDecimal>> values = services.tx.read(() -> source.values(2025));
        assertThat(values.get(AssessmentInput.DEBRIEFING_SATISFACTION)).containsOnly(
                Map.entry(director.id(), new BigDecimal("93.24")), Map.entry(liSi.id(), new BigDecimal("87.84")),
                Map.entry(wangWu.id(), new BigDecimal("67.57")));
        assertThat(services.tx.read(() -> source.records(2025, liSi.id()))
                .get(AssessmentInput.DEBRIEFING_SATISFACTION)).singleElement().asString()
                .contains("SZ-2025-01", "87.84%");

        var chartSource = services.homeSources.chartSources().stream()
                .filter(candidate -> candidate.charts(2025).stream().anyMatch(c -> c.tabId().equals("debriefingTab"))).findFirst()
                .orElseThrow();
        List<HomeChart> charts = chartSource.charts(2025);
        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.tabId()).isEqualTo("debriefingTab");
            assertThat(c.categories()).extracting(HomeChart.Category::label)
                    .containsExactly("局党组成员", "分局局长", "执法人员");
        });
        assertThat(chartSource.charts(2024)).isEmpty();
        assertThat(chartSource.charts(2025, java.util.Locale.ENGLISH)).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Debriefing satisfaction 2025 by cadre category");
            assertThat(c.seriesNames()).containsExactly("Average satisfaction (%)");
            assertThat(c.categories()).extracting(HomeChart.Category::label).noneMatch(l -> l.matches(".*\\p{IsHan}.*"));
        });

        List<SectionEntry> file = services.cadres.openFile(wangWu.id(), "测试").laterSections().get(FileSection.DEBRIEFING);
        assertThat(file).hasSize(2);
        assertThat(file.get(0).detail()).contains("67.57");
        assertThat(file.get(1).detail()).contains("未超过应参加测评 100 人的半数");
    }

    @Test
    void aClerkReachesOnlyTheSessionsOfTheirUnitSubtree() {
        DebriefingSession county = planned(DAY, false);
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        DebriefingSession own = debriefing.create(new DebriefingDraft(DAY, "城关分局会议室", chengguan.id(),
                SatisfactionFormula.WEIGHTED, 20, false));
        assertThat(debriefing.list()).extracting(DebriefingSession::id).containsExactly(own.id());
        assertThatThrownBy(() -> debriefing.details(county.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> debriefing.addComment(county.id(), null, null, "问题", null))
                .isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.LEADER, null, null);
        assertThatThrownBy(() -> debriefing.create(draftOn(DAY, false))).isInstanceOf(AccessDeniedException.class);
    }

    // --- a closed year refuses every change: one test per kind of record

    private DebriefingSession lastYears() {
        return planned(LocalDate.of(2024, 12, 18), true);
    }

    private void assertClosed(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                e -> assertThat(e.year()).isEqualTo(2024));
    }

    @Test
    void aClosedYearRefusesChangesToItsSessions() {
        DebriefingSession old = lastYears();
        services.years.close(2024);
        var fingerprint = services.fingerprint();
        DebriefingSession current = debriefing.details(old.id()).session();
        assertClosed(() -> debriefing.create(draftOn(LocalDate.of(2024, 12, 20), false)));
        assertClosed(() -> debriefing.update(old.id(), current.version(), draftOn(LocalDate.of(2024, 12, 19), true)));
        assertClosed(() -> debriefing.update(old.id(), current.version(), draftOn(DAY, true)));
        assertClosed(() -> debriefing.delete(old.id(), current.version()));
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
        services.years.reopen(2024, "补录述职述廉");
        assertThat(debriefing.update(old.id(), current.version(), draftOn(LocalDate.of(2024, 12, 19), true)).date())
                .isEqualTo(LocalDate.of(2024, 12, 19));
    }

    @Test
    void aClosedYearRefusesChangesToItsReportingCadresAndRepresentatives() {
        DebriefingSession old = lastYears();
        Representative rep = debriefing.addRepresentative(old.id(), new Representative(null, null,
                RepresentativeKind.CPPCC_MEMBER, "罗明", "县政协", null, null));
        UUID first = debriefing.details(old.id()).cadres().get(0).id();
        services.years.close(2024);
        var fingerprint = services.fingerprint();
        Cadre extra = services.cadres.create(draft(bureau.id()).name("赵六").idNumber(IdNumbers.of("360821", "19800101", "033"))
                .position("副局长").category(CadreCategory.LEADING).importantPosition(false).build());
        fingerprint = services.fingerprint();
        assertClosed(() -> debriefing.addCadres(old.id(), ReportingCategory.PARTY_GROUP_MEMBER, List.of(extra.id())));
        assertClosed(() -> debriefing.removeCadre(first));
        assertClosed(() -> debriefing.addRepresentative(old.id(), new Representative(null, null,
                RepresentativeKind.NPC_DEPUTY, "陈建华", "县人大常委会", null, null)));
        assertClosed(() -> debriefing.removeRepresentative(rep.id()));
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void aClosedYearRefusesChangesToItsBallotTallies() {
        DebriefingSession old = lastYears();
        services.actAs(Role.INSPECTOR, null, null, "first");
        debriefing.enterTallies(old.id(), EntryRound.FIRST, tallies(old, 33));
        services.actAs(Role.INSPECTOR, null, null, "second");
        debriefing.enterTallies(old.id(), EntryRound.SECOND, tallies(old, 32));
        services.years.close(2024);
        var fingerprint = services.fingerprint();
        assertClosed(() -> debriefing.enterTallies(old.id(), EntryRound.SECOND, tallies(old, 33)));
        assertClosed(() -> debriefing.enterBallots(old.id(), EntryRound.FIRST, 40, List.of("111")));
        assertClosed(() -> debriefing.resolve(old.id(), tallies(old, 33).get(0)));
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void aClosedYearRefusesChangesToItsComments() {
        DebriefingSession old = lastYears();
        DebriefingComment comment = debriefing.addComment(old.id(), null, null, "窗口服务效率有待提高。", null);
        services.years.close(2024);
        var fingerprint = services.fingerprint();
        assertClosed(() -> debriefing.addComment(old.id(), null, null, "补充意见。", null));
        assertClosed(() -> debriefing.updateComment(comment.id(), comment.version(), null, null, "改写。", "答复。"));
        assertClosed(() -> debriefing.deleteComment(comment.id(), comment.version()));
        assertClosed(() -> debriefing.toRectification(comment.id(), comment.version(), new LedgerRequest(
                ProblemCategory.WORK_EFFICIENCY, ProblemSeverity.INCIPIENT, "整改", "张国强", LocalDate.of(2025, 4, 1))));
        assertThat(services.fingerprint()).isEqualTo(fingerprint);
    }
}
