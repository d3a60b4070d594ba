package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AssessmentEntry;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.AssessmentScheme;
import org.integritydesk.model.AssessorScore;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.Deduction;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.Grade;
import org.integritydesk.model.GradeBands;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.Sanction;
import org.integritydesk.model.SanctionDraft;
import org.integritydesk.model.SanctionKind;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentServiceTest {
    private static final int YEAR = 2024;
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");

    @TempDir
    Path dir;

    private TestServices services;
    private AssessmentService assessment;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre liSi;
    private Cadre wangWu;

    /** What the debriefing and responsibility-task features will supply; here only for 李四. */
    private final class StandIn implements AssessmentInputSource {
        @Override
        public Set<AssessmentInput> supplies() {
            return Set.of(AssessmentInput.DEBRIEFING_SATISFACTION, AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE);
        }

        @Override
        public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
            return Map.of(AssessmentInput.DEBRIEFING_SATISFACTION, Map.of(liSi.id(), new BigDecimal("90")),
                    AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE, Map.of(liSi.id(), new BigDecimal("0.5")));
        }

        @Override
        public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
            return Map.of(AssessmentInput.DEBRIEFING_SATISFACTION, List.of("2024-12-20 述职述廉 满意度 90%"));
        }
    }

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        assessment = services.assessment;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(LI_SI_ID).position("所长")
                .category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").category(CadreCategory.GENERAL).importantPosition(false)
                .workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
        Commitment commitment = services.commitments.create(liSi.id(), YEAR);
        services.commitments.recordSigning(commitment.id(), commitment.version(), LocalDate.of(YEAR, 2, 1), null);
        services.talks.create(new TalkDraft(liSi.id(), TalkKind.PRE_APPOINTMENT, LocalDate.of(YEAR, 1, 10), "赵明", null,
                "刘敏", "任前廉政谈话。", null, null));
        services.talks.create(new TalkDraft(wangWu.id(), TalkKind.ADMONISHMENT, LocalDate.of(YEAR, 5, 10), "赵明", null,
                "刘敏", "诫勉谈话。", null, null));
        services.sanctions.create(new SanctionDraft(wangWu.id(), LocalDate.of(YEAR, 6, 1), SanctionKind.WARNING,
                "吉县市监纪〔2024〕3号", "收受购物卡"));
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private AssessmentResult resultOf(Cadre cadre) {
        return assessment.results(YEAR).stream().filter(r -> r.cadreId().equals(cadre.id())).findFirst().orElseThrow();
    }

    @Test
    void computesEachCadresScoresFromTheRecordsAndTheStandIn() {
        services.assessmentInputs.add(new StandIn());

        AssessmentService.Computed computed = assessment.compute(YEAR);

        assertThat(computed.cadres()).isEqualTo(2);
        AssessmentResult li = resultOf(liSi);
        // 15 + 10 (no attendance taken) + 10 signed + 5 pre-appointment talk + 5 + 13.5 (90 %) + 10 + 15 + 5 (half the tasks) + 5
        assertThat(li.computedTotal()).isEqualByComparingTo("93.5");
        assertThat(li.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(li.maskedId()).isEqualTo(LI_SI_ID.substring(0, 6) + "********" + LI_SI_ID.substring(14));
    }

    @Test
    void aSanctionInTheYearCapsTheGradeAtBasicallyCompetent() {
        assessment.compute(YEAR);

        AssessmentResult wang = resultOf(wangWu);
        // no commitment (0 of 10), one admonishment (0 of 5), one sanction (0 of 5)
        assertThat(wang.total()).isEqualByComparingTo("80.0");
        assertThat(wang.sanctions()).isEqualTo(1);
        assertThat(wang.grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
    }

    @Test
    void anInputNoSourceSuppliesScoresFullMarksAndTheExplanationSaysSo() {
        AssessmentInputs withoutDebriefing = new AssessmentInputs();
        services.assessmentInputs.sources().stream()
                .filter(s -> !s.supplies().contains(AssessmentInput.DEBRIEFING_SATISFACTION))
                .forEach(withoutDebriefing::add);
        assessment = services.assessmentWith(withoutDebriefing);
        assessment.compute(YEAR);

        AssessmentService.Explanation explanation = assessment.explain(YEAR, liSi.id());

        AssessmentService.Line debriefing = explanation.lines().stream()
                .filter(l -> l.indicator().input() == AssessmentInput.DEBRIEFING_SATISFACTION).findFirst().orElseThrow();
        assertThat(debriefing.supplied()).isFalse();
        assertThat(debriefing.value()).isNull();
        assertThat(debriefing.score()).isEqualByComparingTo("15");
        assertThat(explanation.result().computedTotal()).isEqualByComparingTo("100.0");
    }

    @Test
    void theExplanationListsTheRecordsBehindEachScore() {
        services.assessmentInputs.add(new StandIn());
        assessment.compute(YEAR);

        Map<AssessmentInput, List<String>> li = records(assessment.explain(YEAR, liSi.id()));
        Map<AssessmentInput, List<String>> wang = records(assessment.explain(YEAR, wangWu.id()));

        assertThat(li.get(AssessmentInput.COMMITMENT_SIGNED)).containsExactly("2024年度廉政承诺书 已于 2024-02-01 签订");
        assertThat(li.get(AssessmentInput.PRE_APPOINTMENT_TALK)).singleElement().asString().contains("任前");
        assertThat(li.get(AssessmentInput.DEBRIEFING_SATISFACTION)).containsExactly("2024-12-20 述职述廉 满意度 90%");
        assertThat(wang.get(AssessmentInput.ADMONISHMENT_TALKS)).singleElement().asString().startsWith("2024-05-10");
        assertThat(wang.get(AssessmentInput.SANCTIONS)).containsExactly("2024-06-01 警告 吉县市监纪〔2024〕3号");
    }

    private static Map<AssessmentInput, List<String>> records(AssessmentService.Explanation explanation) {
        Map<AssessmentInput, List<String>> map = new java.util.EnumMap<>(AssessmentInput.class);
        explanation.lines().stream().filter(l -> l.indicator().isLeaf())
                .forEach(l -> map.put(l.indicator().input(), l.records()));
        return map;
    }

    @Test
    void enteredScoresReplaceTheComputedTotalAndDeductionsComeOff() {
        assessment.compute(YEAR);

        AssessmentResult saved = assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("95"),
                List.of(new AssessorScore("王芳", new BigDecimal("70")), new AssessorScore("刘静", new BigDecimal("72"))),
                List.of(new Deduction(new BigDecimal("2"), "学习笔记未完成")), 0)).orElseThrow();

        assertThat(saved.assessorAverage()).isEqualByComparingTo("71.0");
        assertThat(saved.total()).isEqualByComparingTo("69.0");
        assertThat(saved.grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
        assertThat(resultOf(liSi).total()).isEqualByComparingTo("69.0");
        assessment.compute(YEAR);
        assertThat(resultOf(liSi).total()).as("kept through a recomputation").isEqualByComparingTo("69.0");
    }

    @Test
    void refusesADeductionWithoutANoteAndChangesNothing() {
        assessment.compute(YEAR);
        long events = services.audit.count(AuditFilter.ANY);

        assertThatThrownBy(() -> assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), null, List.of(),
                List.of(new Deduction(new BigDecimal("2"), " ")), 0))).isInstanceOf(ValidationException.class);

        assertThat(assessment.entry(YEAR, liSi.id()).deductions()).isEmpty();
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(events);
    }

    @Test
    void copiesLastYearsSchemeIntoANewYear() {
        AssessmentScheme edited = withBands(assessment.scheme(YEAR), "95", "80", "65");
        assessment.saveScheme(edited);

        AssessmentScheme copied = assessment.copyScheme(YEAR, 2025);

        assertThat(copied.year()).isEqualTo(2025);
        assertThat(copied.bands()).isEqualTo(edited.bands());
        assertThat(copied.inTreeOrder()).extracting(org.integritydesk.model.Indicator::name)
                .containsExactlyElementsOf(edited.inTreeOrder().stream().map(org.integritydesk.model.Indicator::name).toList());
        assertThat(assessment.hasScheme(2025)).isTrue();
    }

    /** Two users edit the year's scheme: the later save of the same opened version is refused, a copy over it is not. */
    @Test
    void aSchemeSaveBasedOnAnOlderVersionIsRefusedAndCopyingStillReplaces() {
        AssessmentScheme opened = assessment.scheme(YEAR);
        assertThat(opened.version()).as("the default, nothing stored").isZero();
        AssessmentScheme saved = assessment.saveScheme(withBands(opened, "95", "80", "65"));
        assertThat(saved.version()).isEqualTo(1);

        assertThatThrownBy(() -> assessment.saveScheme(withBands(opened, "92", "78", "60")))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining(String.valueOf(YEAR));
        assertThatThrownBy(() -> assessment.saveScheme(withBands(saved, "92", "78", "60").replacing(0)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(assessment.scheme(YEAR).bands().excellent()).isEqualByComparingTo("95");

        assessment.saveScheme(withBands(saved, "93", "79", "61"));
        assessment.saveScheme(withBands(assessment.scheme(2023), "90", "75", "60"));
        AssessmentScheme copied = assessment.copyScheme(2023, YEAR);
        assertThat(copied.bands().excellent()).as("the confirmed copy replaces the year's scheme")
                .isEqualByComparingTo("90");
        assertThat(copied.version()).isEqualTo(3);
    }

    @Test
    void recomputingUsesTheEditedBands() {
        services.assessmentInputs.add(new StandIn());
        assessment.compute(YEAR);
        assertThat(resultOf(liSi).grade()).isEqualTo(Grade.EXCELLENT);

        assessment.saveScheme(withBands(assessment.scheme(YEAR), "99.5", "99", "60"));
        assertThatThrownBy(() -> assessment.saveScheme(withBands(assessment.scheme(YEAR), "60", "75", "50")))
                .isInstanceOf(ValidationException.class);
        assessment.compute(YEAR);

        assertThat(resultOf(liSi).grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
    }

    private static AssessmentScheme withBands(AssessmentScheme scheme, String excellent, String competent, String basic) {
        return new AssessmentScheme(scheme.year(), scheme.indicators(), new GradeBands(new BigDecimal(excellent),
                new BigDecimal(competent), new BigDecimal(basic)), scheme.version());
    }

    // --- a closed year refuses every change ---

    private void closeTheYear() {
        assessment.compute(YEAR);
        services.years.close(YEAR);
    }

    @Test
    void aClosedYearRefusesSchemeChanges() {
        closeTheYear();
        AssessmentScheme scheme = assessment.scheme(YEAR);

        assertThatThrownBy(() -> assessment.saveScheme(withBands(scheme, "95", "80", "65")))
                .isInstanceOf(YearClosedException.class);
        assertThatThrownBy(() -> assessment.copyScheme(2023, YEAR)).isInstanceOf(ServiceException.class);
        assertThat(assessment.scheme(YEAR).bands()).isEqualTo(GradeBands.DEFAULT);
    }

    @Test
    void aClosedYearRefusesCopyingASchemeIntoIt() {
        assessment.saveScheme(assessment.scheme(2023));
        closeTheYear();

        assertThatThrownBy(() -> assessment.copyScheme(2023, YEAR)).isInstanceOf(YearClosedException.class);
    }

    @Test
    void aClosedYearRefusesEnteredScores() {
        closeTheYear();

        assertThatThrownBy(() -> assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("90"),
                List.of(), List.of(), 0))).isInstanceOf(YearClosedException.class);
        assertThat(assessment.entry(YEAR, liSi.id()).selfScore()).isNull();
    }

    @Test
    void aClosedYearRefusesSanctionChanges() {
        Sanction sanction = services.sanctions.list(YEAR).get(0).sanction();
        closeTheYear();

        assertThatThrownBy(() -> services.sanctions.create(new SanctionDraft(liSi.id(), LocalDate.of(YEAR, 8, 1),
                SanctionKind.DEMERIT, "文号", null))).isInstanceOf(YearClosedException.class);
        assertThatThrownBy(() -> services.sanctions.update(sanction.id(), sanction.version(), new SanctionDraft(
                wangWu.id(), LocalDate.of(2025, 1, 2), SanctionKind.WARNING, "文号", null)))
                .isInstanceOf(YearClosedException.class);
        assertThatThrownBy(() -> services.sanctions.delete(sanction.id(), sanction.version()))
                .isInstanceOf(YearClosedException.class);
        assertThat(services.sanctions.list(YEAR)).hasSize(1);
    }

    @Test
    void aClosedYearRefusesRecomputing() {
        closeTheYear();
        long events = services.audit.count(AuditFilter.ANY);

        assertThatThrownBy(() -> assessment.compute(YEAR)).isInstanceOf(YearClosedException.class);
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(events);
    }

    @Test
    void theSheetsOfAClosedYearReprintIdentically() throws Exception {
        assessment.compute(YEAR);
        assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("96"),
                List.of(new AssessorScore("王芳", new BigDecimal("91"))), List.of(), 0));
        Path before = dir.resolve("before.pdf");
        assessment.print(new AssessmentService.Selection.Cadres(YEAR, null), Locale.SIMPLIFIED_CHINESE, "归档前",
                ProgressListener.NONE, () -> false).savePdf(before);
        services.years.close(YEAR);
        // the cadre file moves on after the year is closed: the sheets print the year as it was
        services.cadres.update(liSi.id(), liSi.version(), draft(chengguan.id()).name("李思远").idNumber(LI_SI_ID)
                .position("副局长").category(CadreCategory.LEADING).importantPosition(true).build());
        services.talks.create(new TalkDraft(liSi.id(), TalkKind.ADMONISHMENT, LocalDate.of(2025, 3, 1), "赵明", null,
                "刘敏", "诫勉谈话。", null, null));

        Path after = dir.resolve("after.pdf");
        assessment.print(new AssessmentService.Selection.Cadres(YEAR, null), Locale.SIMPLIFIED_CHINESE, "归档后重印",
                ProgressListener.NONE, () -> false).savePdf(after);

        assertThat(text(after)).isEqualTo(text(before)).contains("李四", "所长", "党风廉政建设责任制考核表")
                .doesNotContain("李思远").doesNotContain(LI_SI_ID);
        assertThat(Files.readAllBytes(after)).as("same bytes (the creation date comes from the same clock)")
                .isEqualTo(Files.readAllBytes(before));
    }

    /** Two users on a server enter scores for the same cadre: the later save based on the old entry is refused. */
    @Test
    void aSaveBasedOnAnEntryAnotherUserHasSavedSinceIsRefusedNamingThem() {
        assessment.compute(YEAR);
        AssessmentEntry opened = assessment.entry(YEAR, liSi.id());
        assertThat(opened.version()).as("nothing stored yet").isZero();
        assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("95"), List.of(), List.of(),
                opened.version()));
        long events = services.audit.count(AuditFilter.ANY);

        assertThatThrownBy(() -> assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("80"),
                List.of(), List.of(), opened.version()))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("李四");
        AssessmentEntry stored = assessment.entry(YEAR, liSi.id());
        assertThat(stored.selfScore()).as("the first save kept").isEqualByComparingTo("95");
        assertThat(services.audit.count(AuditFilter.ANY)).as("nothing recorded for the refused save").isEqualTo(events);

        assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("93"), List.of(), List.of(),
                stored.version()));
        assertThatThrownBy(() -> assessment.saveEntry(new AssessmentEntry(YEAR, liSi.id(), new BigDecimal("90"),
                List.of(), List.of(), stored.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(assessment.entry(YEAR, liSi.id()).selfScore()).isEqualByComparingTo("93");
    }

    /** A batch reads only the results asked for, in the bureau's order: 城关 (36082101) before 敦厚 (36082102). */
    @Test
    void chosenCadresAndAUnitPrintTheirOwnSheetsInUnitOrder() throws Exception {
        assessment.compute(YEAR);
        Path chosen = dir.resolve("chosen.pdf");
        assessment.print(new AssessmentService.Selection.Some(YEAR, List.of(wangWu.id(), liSi.id())),
                Locale.SIMPLIFIED_CHINESE, "核对", ProgressListener.NONE, () -> false).savePdf(chosen);
        Path unit = dir.resolve("unit.pdf");
        assessment.print(new AssessmentService.Selection.Cadres(YEAR, "36082102"), Locale.SIMPLIFIED_CHINESE, "核对",
                ProgressListener.NONE, () -> false).savePdf(unit);
        Path one = dir.resolve("one.pdf");
        assessment.print(new AssessmentService.Selection.Some(YEAR, List.of(wangWu.id())), Locale.SIMPLIFIED_CHINESE,
                "核对", ProgressListener.NONE, () -> false).savePdf(one);

        String both = text(chosen);
        assertThat(both).contains("李四", "王五");
        assertThat(both.indexOf("李四")).as("城关分局 first, whatever order they were chosen in")
                .isLessThan(both.indexOf("王五"));
        assertThat(text(unit)).contains("王五", "敦厚分局").doesNotContain("李四");
        assertThat(text(one)).contains("王五").doesNotContain("李四");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aClerkSeesTheirUnitsResultsAndMayNotCompute() {
        assessment.compute(YEAR);
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);

        assertThat(assessment.results(YEAR)).extracting(AssessmentResult::cadreName).containsExactly("李四");
        assertThatThrownBy(() -> assessment.compute(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.explain(YEAR, wangWu.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHomeChartCountsTheGradesAndTheFileShowsTheYear() {
        assessment.compute(YEAR);

        List<HomeChart> charts = services.homeSources.chartSources().stream().flatMap(s -> s.charts(YEAR).stream())
                .filter(c -> c.tabId().equals("assessmentTab")).toList();
        var file = services.cadres.openFile(wangWu.id(), "测试");

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.tabId()).isEqualTo("assessmentTab");
            assertThat(chart.categories()).extracting(HomeChart.Category::label, c -> c.values().get(0))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("优秀", 1.0),
                            org.assertj.core.groups.Tuple.tuple("称职", 0.0),
                            org.assertj.core.groups.Tuple.tuple("基本称职", 1.0),
                            org.assertj.core.groups.Tuple.tuple("不称职", 0.0));
        });
        List<HomeChart> english = services.homeSources.chartSources().stream()
                .flatMap(s -> s.charts(YEAR, java.util.Locale.ENGLISH).stream())
                .filter(c -> c.tabId().equals("assessmentTab")).toList();
        assertThat(english).singleElement().satisfies(chart -> {
            assertThat(chart.title()).isEqualTo("Assessment grades " + YEAR);
            assertThat(chart.seriesNames()).containsExactly("Cadres");
            assertThat(chart.categories()).extracting(HomeChart.Category::label)
                    .containsExactly("Excellent", "Competent", "Basically competent", "Incompetent");
        });
        assertThat(file.laterSections().get(FileSection.ASSESSMENT)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("总分 80.0，等次 基本称职"));
    }
}
