package org.integritydesk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.Grade;
import org.integritydesk.model.Indicator;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 考核评价 tab's view-models without a toolkit, on H2 with the services run in place. */
class AssessmentViewModelsTest {
    @TempDir
    Path dir;

    private TestServices services;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService().answerConfirmations(true);
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private AssessmentViewModel results;
    private OrgUnit chengguan;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        chengguan = services.subBureau(services.setUpBureau(), "36082101", "城关分局");
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(false).build());
        results = new AssessmentViewModel(services.assessment, tasks, dialogs, messages, (title, file, fill) -> { },
                2025, true);
        results.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void computingListsTheCadreWithTheExplanation() {
        assertThat(results.statusProperty().get()).contains("尚未计算");

        results.compute();
        results.selectedProperty().set(results.visibleResults().get(0));

        assertThat(results.visibleResults()).extracting(r -> r.cadreName()).containsExactly("李四");
        assertThat(results.explanationProperty().get()).contains("签订廉政承诺书：0.0 / 10",
                "民主测评满意度：15.0 / 15.0 分，按比例得分，记录值 无相关记录（不扣分）", "总分 90.0");
        assertThat(results.unitResults()).singleElement().satisfies(u -> assertThat(u.grades()).containsEntry(Grade.EXCELLENT, 1));
    }

    @Test
    void aDeductionLineWithoutNoteIsSaidAndNothingIsSaved() {
        results.compute();
        results.selectedProperty().set(results.visibleResults().get(0));
        results.deductionsProperty().set("2");

        results.saveEntry();

        assertThat(results.entryMessageProperty().get()).contains("无法识别");
        assertThat(services.assessment.entry(2025, results.selectedProperty().get().cadreId()).deductions()).isEmpty();
    }

    @Test
    void enteredAssessorsReplaceTheComputedTotal() {
        results.compute();
        results.selectedProperty().set(results.visibleResults().get(0));
        results.assessorsProperty().set("王芳 70\n刘静　72");

        results.saveEntry();

        assertThat(results.entryMessageProperty().get()).isEqualTo(messages.get("assessment.entry.saved"));
        assertThat(results.visibleResults().get(0).total()).isEqualByComparingTo("71.0");
        assertThat(results.visibleResults().get(0).grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
    }

    @Test
    void aSaveAfterAnotherUsersSaveOffersTheirsAndDecliningKeepsWhatWasTyped() {
        results.compute();
        var lisi = results.visibleResults().get(0);
        results.selectedProperty().set(lisi);
        // another user (another PC on the server) saves this cadre's entry first
        services.assessment.saveEntry(new org.integritydesk.model.AssessmentEntry(2025, lisi.cadreId(),
                new java.math.BigDecimal("97"), List.of(), List.of(), 0));
        assertThat(results.hasUnsavedEntry()).isFalse();
        results.selfScoreProperty().set("88");
        assertThat(results.hasUnsavedEntry()).as("typed, not saved: the tab is not reloaded under it").isTrue();

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("assessment.entry.title"), "李四",
                results::saveEntry,
                () -> assertThat(results.selfScoreProperty().get()).as("what was typed stays").isEqualTo("88"),
                () -> assertThat(results.selfScoreProperty().get()).as("the other user's entry").isEqualTo("97.0"));
        assertThat(services.assessment.entry(2025, lisi.cadreId()).selfScore()).isEqualByComparingTo("97");

        results.selfScoreProperty().set("96");
        results.saveEntry();
        assertThat(results.entryMessageProperty().get()).isEqualTo(messages.get("assessment.entry.saved"));
        assertThat(services.assessment.entry(2025, lisi.cadreId()).selfScore()).isEqualByComparingTo("96");
    }

    @Test
    void aStaleSchemeSaveOffersToReloadAndYesShowsTheStoredScheme() {
        services.assessment.saveScheme(services.assessment.scheme(2025));
        SchemeEditorViewModel scheme = new SchemeEditorViewModel(services.assessment, tasks, dialogs, messages);
        scheme.load(2025);
        var stored = services.assessment.scheme(2025);
        services.assessment.saveScheme(new org.integritydesk.model.AssessmentScheme(2025, stored.indicators(),
                new org.integritydesk.model.GradeBands(new java.math.BigDecimal("92"), new java.math.BigDecimal("75"),
                        new java.math.BigDecimal("60")), stored.version()));
        scheme.excellentProperty().set("95");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("assessment.tab.scheme"), "2025", scheme::save,
                () -> assertThat(scheme.excellentProperty().get()).isEqualTo("95"),
                () -> assertThat(scheme.excellentProperty().get()).isEqualTo("92.0"));
        assertThat(services.assessment.scheme(2025).bands().excellent()).isEqualByComparingTo("92");
    }

    @Test
    void theSchemeEditorAddsAnIndicatorUnderTheChosenCategoryAndSaves() {
        SchemeEditorViewModel scheme = new SchemeEditorViewModel(services.assessment, tasks, dialogs, messages);
        scheme.load(2025);
        Indicator education = scheme.indicators().get(0);
        scheme.selectedProperty().set(education);

        scheme.addIndicator();
        scheme.nameProperty().set("廉政短信");
        scheme.maxScoreProperty().set("5");
        scheme.inputProperty().set(AssessmentInput.EDUCATION_HOURS);
        scheme.applyForm();
        scheme.excellentProperty().set("95");
        scheme.save();

        assertThat(scheme.messageProperty().get()).isEqualTo(messages.get("assessment.scheme.saved", 2025));
        assertThat(services.assessment.scheme(2025).maxTotal()).isEqualByComparingTo("105");
        assertThat(services.assessment.scheme(2025).bands().excellent()).isEqualByComparingTo("95");
    }

    @Test
    void theSchemeEditorRefusesBandsOutOfOrderWithoutSaving() {
        SchemeEditorViewModel scheme = new SchemeEditorViewModel(services.assessment, tasks, dialogs, messages);
        scheme.load(2025);
        scheme.excellentProperty().set("70");

        scheme.save();

        assertThat(scheme.messageProperty().get()).isEqualTo(messages.get("validation.assessment.bandsOrder"));
        assertThat(services.assessment.hasScheme(2025)).isFalse();
    }

    @Test
    void ratesShowAsPercentagesAndCountsAsTheyAre() {
        assertThat(AssessmentViewModel.valueText(AssessmentInput.ATTENDANCE_RATE, new java.math.BigDecimal("0.9038")))
                .isEqualTo("90.4%");
        assertThat(AssessmentViewModel.valueText(AssessmentInput.ADMONISHMENT_TALKS, new java.math.BigDecimal("2")))
                .isEqualTo("2");
    }

    @Test
    void aBatchSavedAsPdfEndsWithASummaryOfSheetsPagesSkippedCadresAndTheFile() throws Exception {
        results.compute();
        services.cadres.create(draft(chengguan.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").category(CadreCategory.GENERAL).importantPosition(false)
                .workStartDate(java.time.LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
        Path pdf = dir.resolve("sheets.pdf");
        dialogs.answerSaveFile(pdf);

        results.printShownTo(AssessmentViewModel.Destination.PDF_FILE);

        assertThat(pdf).exists();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(results.batchRunningProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.infos()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("批量打印考核表");
            assertThat(shown.message()).contains("已打印考核表 1 份，共 1 页", "已保存到：" + pdf.toAbsolutePath(),
                    "未打印 1 人", "王五（360821********022", "尚无计算结果");
        });
    }

    @Test
    void aCancelledBatchSavesNothingAndShowsNoSummary() {
        results.compute();
        Path pdf = dir.resolve("cancelled.pdf");
        dialogs.answerSaveFile(pdf);
        tasks.hold();

        results.printShownTo(AssessmentViewModel.Destination.PDF_FILE);
        assertThat(results.batchRunningProperty().get()).isTrue();
        results.cancelBatch();
        tasks.runHeld();

        assertThat(pdf).doesNotExist();
        assertThat(results.batchRunningProperty().get()).isFalse();
        assertThat(results.statusProperty().get()).contains("已取消批量打印");
        assertThat(dialogs.infos()).isEmpty();
    }

    @Test
    void theSummaryNamesEachSkippedCadreWithItsReasonInEnglishToo() {
        AssessmentViewModel english = new AssessmentViewModel(services.assessment, tasks, dialogs,
                new Messages(Locale.ENGLISH), (title, file, fill) -> { }, 2025, true);
        org.integritydesk.service.PrintableDocument document = new org.integritydesk.service.PrintableDocument() {
            @Override public int pageCount() { return 3; }
            @Override public byte[] pagePng(int pageIndex, float zoom) { return new byte[0]; }
            @Override public void savePdf(Path target) { }
            @Override public void print(boolean showDialog) { }
            @Override public java.util.Set<String> charactersWithoutGlyph() { return java.util.Set.of(); }
        };
        var batch = new org.integritydesk.service.AssessmentService.Batch(document, 3, java.util.List.of(
                new org.integritydesk.service.AssessmentService.Skipped("赵六", "360821********0011",
                        org.integritydesk.service.AssessmentService.SkipReason.RECUSED)));

        assertThat(english.summary(batch, null)).contains("3 assessment sheets printed, 3 pages", "Sent to the printer",
                "1 cadres not printed", "赵六 (360821********0011): you are recused from this cadre");
    }
}
