package org.integritydesk.ui.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.Role;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.print.PreviewOpener;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 问题分析 sub-tab without a toolkit, on a real H2 database (today 2025-03-15). */
class ProblemAnalysisViewModelTest {
    @TempDir
    Path dir;

    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final List<String> previews = new ArrayList<>();
    private final List<PrintableDocument> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        add(chengguan, ProblemCategory.CIVIL_SERVICE, "2025-02-01", "2025-03-01");
        add(chengguan, ProblemCategory.CIVIL_SERVICE, "2025-02-02", "2025-04-01");
        add(futan, ProblemCategory.INTEGRITY, "2025-01-02", "2025-04-01");
        add(futan, ProblemCategory.INTEGRITY, "2024-11-02", "2024-12-01");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Rectification add(OrgUnit unit, ProblemCategory category, String found, String deadline) {
        return services.rectifications.create(new RectificationDraft(ProblemSource.SUPERVISION, unit.id(), null, category,
                ProblemSeverity.INCIPIENT, ProblemResponse.TALK_EDUCATION, "问题", LocalDate.parse(found), "措施",
                unit.id(), "李明", LocalDate.parse(deadline), null));
    }

    private ProblemAnalysisViewModel model() {
        PreviewOpener preview = (title, file, fill) -> {
            previews.add(title + "|" + file);
            try {
                printed.add(fill.run(null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return new ProblemAnalysisViewModel(services.problemAnalysis, services.units, tasks, messages, preview, 2025);
    }

    private ProblemAnalysisViewModel.Row row(ProblemAnalysisViewModel model, String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsThisYearByAreaWhenStarted() {
        ProblemAnalysisViewModel model = model();
        model.start();

        assertThat(model.years()).startsWith(2025, 2024);
        assertThat(model.rows()).extracting(ProblemAnalysisViewModel.Row::name)
                .containsExactly("依法行政", "工作效能", "文明服务", "廉洁自律", "其他");
        assertThat(row(model, "文明服务")).isEqualTo(new ProblemAnalysisViewModel.Row("文明服务", 2, 2, 1, 0, 0, "0.0%"));
        assertThat(row(model, "依法行政").rate()).isEqualTo("—");
        assertThat(model.summaryProperty().get()).contains("共发现问题 3 项", "其中超期 1 项", "按期整改率 0.0%");
        assertThat(model.mostOpenProperty().get()).isEqualTo("未整改问题最多的单位：城关分局 2 项（超期 1 项）；敦厚分局 1 项（超期 0 项）");
        assertThat(model.values(row(model, "文明服务"))).containsExactly(2L, 1L, 0L);
    }

    @Test
    void anotherDimensionShowsWithoutCountingAgain() {
        ProblemAnalysisViewModel model = model();
        model.start();
        int queries = tasks.submittedCount();

        model.dimensionProperty().set(ProblemAnalysisViewModel.Dimension.UNIT);

        assertThat(model.rows()).extracting(ProblemAnalysisViewModel.Row::name).containsExactly("城关分局", "敦厚分局");
        assertThat(tasks.submittedCount()).isEqualTo(queries);
    }

    @Test
    void aCustomPeriodAndAUnitNarrowTheCount() {
        ProblemAnalysisViewModel model = model();
        model.start();
        model.customPeriodProperty().set(true);
        model.fromProperty().set(LocalDate.of(2024, 11, 1));
        model.toProperty().set(LocalDate.of(2025, 1, 31));
        model.unitProperty().set(futan);
        model.refresh();

        assertThat(row(model, "廉洁自律").items()).isEqualTo(2);
        assertThat(model.summaryProperty().get()).startsWith("2024-11-01 至 2025-01-31");
    }

    @Test
    void aReversedPeriodIsShownAsAnErrorAndNothingIsCounted() {
        ProblemAnalysisViewModel model = model();
        model.start();
        int queries = tasks.submittedCount();
        model.customPeriodProperty().set(true);
        model.fromProperty().set(LocalDate.of(2025, 3, 2));
        model.toProperty().set(LocalDate.of(2025, 3, 1));
        model.refresh();
        model.print();

        assertThat(model.errorProperty().get()).isEqualTo("统计期间的开始日期不能晚于结束日期");
        assertThat(tasks.submittedCount()).isEqualTo(queries);
        assertThat(previews).isEmpty();
    }

    @Test
    void aClerkAskingForAnotherUnitSeesWhy() {
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);
        ProblemAnalysisViewModel model = model();
        model.start();
        assertThat(row(model, "廉洁自律").items()).isEqualTo(1);

        model.unitProperty().set(chengguan);
        model.refresh();

        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void printsTheAnalysisTableOfWhatIsChosen() {
        ProblemAnalysisViewModel model = model();
        model.start();
        model.print();

        assertThat(previews).containsExactly("问题整改分析表|问题整改分析表-2025.pdf");
        assertThat(printed.get(0).pageCount()).isPositive();
    }
}
