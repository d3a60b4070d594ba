package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.ProblemAnalysis.Counts;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.Role;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 问题整改分析 on H2: five items of 2025 in every state (today is 2025-03-15) plus one of 2024 and one
 * deleted, counted by area, severity, source and unit, with the share on time, a clerk's reach,
 * recusal, a custom period and the printout.
 */
class ProblemAnalysisServiceTest {
    private static final AnalysisPeriod YEAR = AnalysisPeriod.ofYear(2025);

    @TempDir
    Path dir;

    private TestServices services;
    private ProblemAnalysisService analysis;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Cadre liSi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        analysis = services.problemAnalysis;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).build());
        services.actAs(Role.INSPECTOR, null, null, "wangfang");
        // 1: open, deadline passed: overdue and late
        add(chengguan, ProblemCategory.WORK_EFFICIENCY, ProblemSource.SELF_INSPECTION, ProblemSeverity.MINOR_VIOLATION,
                null, "2025-02-01", "2025-03-01");
        // 2: open, deadline to come: not yet due
        add(chengguan, ProblemCategory.CIVIL_SERVICE, ProblemSource.SUPERVISION, ProblemSeverity.INCIPIENT, null,
                "2025-02-01", "2025-03-31");
        // 3: rectified today, before its deadline: on time (attributed to 李四)
        Rectification three = add(chengguan, ProblemCategory.INTEGRITY, ProblemSource.COMPLAINT,
                ProblemSeverity.TENDENCY, liSi, "2025-03-01", "2025-03-20");
        rectify(three);
        // 4: rectified today, after its deadline, then closed by another user: late
        Rectification four = rectify(add(futan, ProblemCategory.LAWFUL_ADMINISTRATION, ProblemSource.SUPERVISION,
                ProblemSeverity.MINOR_VIOLATION, null, "2025-01-10", "2025-02-10"));
        services.actAs(Role.INSPECTOR, null, null, "liujing");
        services.rectifications.step(four.id(), four.version(), RectificationStep.VERIFY, "复查合格");
        services.actAs(Role.INSPECTOR, null, null, "wangfang");
        // 5: rectified, then reopened, deadline to come: open again and not yet due
        Rectification five = rectify(add(futan, ProblemCategory.WORK_EFFICIENCY, ProblemSource.SELF_INSPECTION,
                ProblemSeverity.RECURRING, null, "2025-01-05", "2025-03-30"));
        services.rectifications.step(five.id(), five.version(), RectificationStep.REOPEN, "整改不到位");
        // 6: found in 2024, out of the year
        add(futan, ProblemCategory.OTHER, ProblemSource.DOUBLE_EVALUATION, ProblemSeverity.INCIPIENT, null,
                "2024-12-20", "2025-01-20");
        // 7: deleted
        Rectification deleted = add(futan, ProblemCategory.OTHER, ProblemSource.COMPLAINT, ProblemSeverity.INCIPIENT,
                null, "2025-03-01", "2025-03-31");
        services.rectifications.delete(deleted.id(), deleted.version());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Rectification add(OrgUnit unit, ProblemCategory category, ProblemSource source, ProblemSeverity severity,
            Cadre cadre, String found, String deadline) {
        return services.rectifications.create(new RectificationDraft(source, unit.id(), cadre == null ? null : cadre.id(),
                category, severity, ProblemResponse.TALK_EDUCATION, "问题" + found, LocalDate.parse(found), "整改措施",
                unit.id(), "李明", LocalDate.parse(deadline), null));
    }

    private Rectification rectify(Rectification r) {
        Rectification started = services.rectifications.step(r.id(), r.version(), RectificationStep.START, null);
        return services.rectifications.step(started.id(), started.version(), RectificationStep.MARK_RECTIFIED, "已整改");
    }

    private static <K> Counts of(List<ProblemAnalysis.Row<K>> rows, K key) {
        return rows.stream().filter(r -> r.key() == key).findFirst().orElseThrow().counts();
    }

    @Test
    void countsTheYearsItemsWithTheShareRectifiedOnTime() {
        ProblemAnalysis result = analysis.analyse(YEAR, null);

        // items 1-5: open 1, 2, 5; overdue 1; rectified 3, 4; closed 4; on time 3; late 1, 4
        assertThat(result.total()).isEqualTo(new Counts(5, 3, 1, 2, 1, 1, 2));
        assertThat(result.total().onTimePercent()).contains(new BigDecimal("33.3"));
        assertThat(result.today()).isEqualTo(TestServices.TODAY);
    }

    @Test
    void countsByAreaSeveritySourceAndUnit() {
        ProblemAnalysis result = analysis.analyse(YEAR, null);

        assertThat(result.byArea()).extracting(ProblemAnalysis.Row::key).containsExactly(ProblemCategory.values());
        assertThat(of(result.byArea(), ProblemCategory.WORK_EFFICIENCY).items()).isEqualTo(2);
        assertThat(of(result.byArea(), ProblemCategory.WORK_EFFICIENCY).overdue()).isEqualTo(1);
        assertThat(of(result.byArea(), ProblemCategory.LAWFUL_ADMINISTRATION).closed()).isEqualTo(1);
        assertThat(of(result.byArea(), ProblemCategory.OTHER)).isEqualTo(Counts.NONE);
        assertThat(of(result.bySeverity(), ProblemSeverity.MINOR_VIOLATION).items()).isEqualTo(2);
        assertThat(of(result.bySeverity(), ProblemSeverity.RECURRING).open()).isEqualTo(1);
        assertThat(of(result.bySource(), ProblemSource.SUPERVISION).items()).isEqualTo(2);
        assertThat(of(result.bySource(), ProblemSource.COMPLAINT).onTime()).isEqualTo(1);
        assertThat(of(result.bySource(), ProblemSource.DOUBLE_EVALUATION).items()).isZero();
        assertThat(result.byUnit()).extracting(ProblemAnalysis.UnitRow::unitName).containsExactly("城关分局", "敦厚分局");
        assertThat(result.byUnit().get(0).counts()).isEqualTo(new Counts(3, 2, 1, 1, 0, 1, 1));
        assertThat(result.byUnit().get(1).counts()).isEqualTo(new Counts(2, 1, 0, 1, 1, 0, 1));
        assertThat(result.mostOpen()).extracting(ProblemAnalysis.UnitRow::unitCode).containsExactly("36082101", "36082102");
    }

    @Test
    void aCustomPeriodTakesTheItemsFoundInIt() {
        ProblemAnalysis result = analysis.analyse(new AnalysisPeriod(LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 1, 31)), null);

        // item 6 (2024-12-20), 5 (2025-01-05) and 4 (2025-01-10)
        assertThat(result.total().items()).isEqualTo(3);
        assertThat(of(result.bySource(), ProblemSource.DOUBLE_EVALUATION).items()).isEqualTo(1);
    }

    @Test
    void aUnitTakesItsItemsOnly() {
        ProblemAnalysis result = analysis.analyse(YEAR, chengguan.id());

        assertThat(result.total().items()).isEqualTo(3);
        assertThat(result.byUnit()).extracting(ProblemAnalysis.UnitRow::unitName).containsExactly("城关分局");
    }

    @Test
    void aClerkCountsTheirOwnSubBureauOnlyAndIsRefusedAnother() {
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);

        assertThat(analysis.analyse(YEAR, null).total().items()).isEqualTo(2);
        assertThatThrownBy(() -> analysis.analyse(YEAR, chengguan.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void itemsOfARecusedCadreAreLeftOut() {
        services.actAs(Role.INSPECTOR, null, liSi.id());

        assertThat(analysis.analyse(YEAR, null).total().items()).isEqualTo(4);
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> analysis.analyse(new AnalysisPeriod(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)),
                null)).isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("analysis.period.reversed"));
    }

    @Test
    void aSystemAdministratorSeesNoRecords() {
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThatThrownBy(() -> analysis.analyse(YEAR, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void printsTheAnalysisTableAndRecordsThePrintout() throws Exception {
        PrintableDocument document = analysis.print(YEAR, null, "", Locale.SIMPLIFIED_CHINESE);
        Path pdf = dir.resolve("analysis.pdf");
        document.savePdf(pdf);

        String text;
        try (PDDocument read = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
        }
        assertThat(text).contains("问题整改分析表", "吉安县市场监督管理局", "城关分局", "敦厚分局", "依法行政", "工作效能",
                "文明服务", "廉洁自律", "按期整改率33.3%", "全部单位", "第1页");
        List<AuditEvent> prints = services.audit.exportable(AuditFilter.ANY).stream()
                .filter(e -> e.kind() == AuditKind.PRINT).toList();
        assertThat(prints).hasSize(1);
        assertThat(prints.get(0).recordType()).isEqualTo(AuditRecordType.PROBLEM_ANALYSIS.code());
        assertThat(prints.get(0).after()).contains("\"items\":5");
    }

    @Test
    void aLeaderMayPrintButAClerkOfAnotherUnitMayNotAnalyseIt() {
        services.actAs(Role.LEADER, null, null);
        assertThat(analysis.print(YEAR, futan.id(), "敦厚分局", Locale.ENGLISH).pageCount()).isPositive();
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);
        assertThatThrownBy(() -> analysis.print(YEAR, chengguan.id(), "城关分局", Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
