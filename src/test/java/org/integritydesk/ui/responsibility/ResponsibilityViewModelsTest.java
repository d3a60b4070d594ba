package org.integritydesk.ui.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityDraft;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.FakeFileDesk;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 责任分解 list and task form, without a toolkit, over the real services on H2 (the day is 2025-03-15). */
class ResponsibilityViewModelsTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre zhang;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        zhang = services.cadres.create(draft(chengguan.id()).name("张建国").category(CadreCategory.LEADING)
                .idNumber(IdNumbers.of("360821", "19700314", "019")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ResponsibilityListViewModel list() {
        var evidence = new AttachmentsViewModel(services.attachments,
                org.integritydesk.service.ResponsibilityService.OWNER_TYPE, tasks, dialogs, new FakeFileDesk(), messages);
        var model = new ResponsibilityListViewModel(services.responsibility, services.units, tasks, dialogs, messages,
                (title, file, fill) -> { }, evidence, true, 2025);
        model.reload();
        return model;
    }

    private ResponsibilityTask task(OrgUnit unit, LocalDate deadline) {
        return services.responsibility.create(new ResponsibilityDraft(2025, ResponsibilityCategory.EDUCATION,
                "定期上党课", unit.id(), zhang.id(), deadline));
    }

    @Test
    void filtersByUnitAndOverdueAndCountsInWords() {
        task(chengguan, LocalDate.of(2025, 3, 14));
        task(dunhou, LocalDate.of(2025, 6, 30));
        ResponsibilityListViewModel model = list();

        assertThat(model.statusProperty().get()).isEqualTo("显示 2 项，共 2 项，已完成 0 项，逾期 1 项");
        model.statusFilterProperty().set(ResponsibilityStatus.OVERDUE);
        assertThat(model.visibleTasks()).extracting(ResponsibilityTask::unitName).containsExactly("城关分局");
        model.statusFilterProperty().set(null);
        model.unitFilterProperty().set(dunhou);
        assertThat(model.visibleTasks()).extracting(ResponsibilityTask::unitName).containsExactly("敦厚分局");
        assertThat(model.filterText()).isEqualTo("责任单位：敦厚分局");
    }

    @Test
    void recordsTheCurrentQuartersProgressAndRefusesAnEmptyNoteInChinese() {
        task(chengguan, LocalDate.of(2025, 3, 31));
        ResponsibilityListViewModel model = list();
        model.selectedProperty().set(model.visibleTasks().get(0));
        assertThat(model.quarterProperty().get()).isEqualTo(Quarter.Q1);
        assertThat(model.mayRecordProperty().get()).isTrue();

        model.resultProperty().set(ProgressResult.DONE);
        model.saveProgress();
        assertThat(model.progressErrors()).containsEntry("note", "此项必须填写");
        assertThat(services.responsibility.list(2025).get(0).progress()).isEmpty();

        model.noteProperty().set("已上党课两次");
        model.saveProgress();
        assertThat(model.progressErrors()).isEmpty();
        assertThat(model.selectedProperty().get().status(TestServices.TODAY)).isEqualTo(ResponsibilityStatus.COMPLETED);
        assertThat(model.quarterCell(model.selectedProperty().get(), Quarter.Q1)).isEqualTo("完成");
        assertThat(model.progressRows()).extracting(r -> r.entry() == null ? null : r.entry().note())
                .containsExactly("已上党课两次", null, null, null);
    }

    @Test
    void theFormRefusesADeadlineOutsideTheYearAsItIsTyped() {
        var form = new TaskFormViewModel(services.responsibility, tasks, dialogs, messages, services.units.tree(),
                services.cadres.listCadres(), 2025);
        form.deadlineProperty().set(LocalDate.of(2026, 1, 5));
        assertThat(form.errors()).containsEntry("deadline", "完成时限须在 2025 年度之内");
        assertThat(form.leaderChoices()).extracting(c -> c.name()).containsExactly("张建国");

        form.categoryProperty().set(ResponsibilityCategory.CONDUCT);
        form.textProperty().set("开展自查自纠");
        form.unitProperty().set(chengguan);
        form.leaderProperty().set(form.leaderChoices().get(0));
        form.deadlineProperty().set(LocalDate.of(2025, 9, 30));
        List<ResponsibilityTask> saved = new java.util.ArrayList<>();
        form.save(saved::add);
        assertThat(saved).singleElement().satisfies(t -> assertThat(t.leaderName()).isEqualTo("张建国"));
    }

    @Test
    void aStaleSaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        ResponsibilityTask stored = task(chengguan, LocalDate.of(2025, 6, 30));
        services.responsibility.update(stored.id(), stored.version(), new ResponsibilityDraft(2025,
                ResponsibilityCategory.EDUCATION, "定期上党课", chengguan.id(), zhang.id(), LocalDate.of(2025, 9, 30)));
        var form = new TaskFormViewModel(services.responsibility, tasks, dialogs, messages, services.units.tree(),
                services.cadres.listCadres(), 2025);
        form.edit(stored);
        form.textProperty().set("每季度上党课");
        List<ResponsibilityTask> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, messages.get("responsibility.form.saveFailed"),
                "2025-" + stored.seq() + " 定期上党课", form::setOnReload, () -> form.save(saved::add),
                () -> assertThat(form.textProperty().get()).isEqualTo("每季度上党课"));
        assertThat(saved).isEmpty();
        assertThat(services.responsibility.find(stored.id()).deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aStaleProgressSaveOffersToReloadAndYesShowsTheStoredEntry() {
        ResponsibilityTask stored = task(chengguan, LocalDate.of(2025, 3, 31));
        ResponsibilityListViewModel model = list();
        model.selectedProperty().set(model.visibleTasks().get(0));
        services.responsibility.recordProgress(stored.id(), Quarter.Q1, ProgressResult.DONE, "已上党课两次", 0);
        model.resultProperty().set(ProgressResult.DONE);
        model.noteProperty().set("已上党课一次");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("responsibility.progress.saveFailed"),
                "2025-" + stored.seq() + " 定期上党课 / Q1", model::saveProgress,
                () -> assertThat(model.noteProperty().get()).isEqualTo("已上党课一次"),
                () -> assertThat(model.noteProperty().get()).isEqualTo("已上党课两次"));
        assertThat(services.responsibility.find(stored.id()).progressOf(Quarter.Q1)).get()
                .extracting(p -> p.note()).isEqualTo("已上党课两次");
    }
}
