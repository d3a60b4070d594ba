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
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.DueState;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger form and list without a toolkit, on a real H2 database. */
class RectificationFormViewModelTest {
    @TempDir
    Path dir;

    private TestServices services;
    private OrgUnit chengguan;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        chengguan = services.subBureau(services.setUpBureau(), "36082101", "城关分局");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private RectificationFormViewModel form() {
        return new RectificationFormViewModel(services.rectifications, tasks, dialogs, messages,
                services.stamps.clock(), services.units.tree(), List.of());
    }

    private void fill(RectificationFormViewModel form, LocalDate deadline) {
        form.unitProperty().set(chengguan);
        form.categoryProperty().set(ProblemCategory.WORK_EFFICIENCY);
        form.severityProperty().set(ProblemSeverity.MINOR_VIOLATION);
        form.descriptionProperty().set("窗口人员上班迟到");
        form.measuresProperty().set("严格考勤");
        form.responsiblePersonProperty().set("李明");
        form.deadlineProperty().set(deadline);
    }

    @Test
    void choosingASeveritySuggestsItsResponseWhichMayBeChanged() {
        RectificationFormViewModel form = form();
        form.severityProperty().set(ProblemSeverity.TENDENCY);
        assertThat(form.responseProperty().get()).isEqualTo(ProblemResponse.WARNING_EDUCATION);
        assertThat(form.suggestionProperty().get()).contains("警示教育");
        form.responseProperty().set(ProblemResponse.TALK_EDUCATION);
        assertThat(form.draft().response()).isEqualTo(ProblemResponse.TALK_EDUCATION);
    }

    @Test
    void theUnitIsTakenAsTheResponsibleUnitUnlessOneIsChosen() {
        RectificationFormViewModel form = form();
        form.unitProperty().set(chengguan);
        assertThat(form.responsibleUnitProperty().get()).isEqualTo(chengguan);
    }

    @Test
    void anEarlyDeadlineIsShownAsItIsTypedAndNothingIsSaved() {
        RectificationFormViewModel form = form();
        fill(form, TestServices.TODAY.minusDays(1));
        assertThat(form.errors()).containsEntry("deadline", messages.get("validation.rectification.deadlineBeforeFound"));
        form.save(saved -> { });
        assertThat(services.rectifications.list()).isEmpty();
    }

    @Test
    void savesAValidItemAndTheListShowsItWithItsStepsAndHistory() {
        RectificationFormViewModel form = form();
        fill(form, TestServices.TODAY.plusDays(3));
        Rectification[] saved = new Rectification[1];
        form.save(r -> saved[0] = r);
        assertThat(saved[0]).isNotNull();

        RectificationListViewModel list = new RectificationListViewModel(services.rectifications, services.units, tasks,
                dialogs, messages, (title, file, fill) -> { }, true);
        list.reload();
        assertThat(list.visibleItems()).hasSize(1);
        list.dueFilterProperty().set(DueState.DUE_SOON);
        assertThat(list.visibleItems()).hasSize(1);
        list.dueFilterProperty().set(DueState.OVERDUE);
        assertThat(list.visibleItems()).isEmpty();
        assertThat(list.filterText()).isEqualTo(TestServices.TODAY.getYear() + " 年；已逾期");
        list.clearFilters();
        list.selectedProperty().set(list.visibleItems().get(0));
        assertThat(list.allowedSteps()).containsExactly(RectificationStep.START);
        assertThat(list.details()).anyMatch(line -> line.contains("登记问题"));
        list.takeStep(RectificationStep.START);
        assertThat(services.rectifications.list().get(0).status()).isEqualTo(RectificationStatus.RECTIFYING);
    }

    @Test
    void aLeaderSeesNoStepButtons() {
        RectificationFormViewModel form = form();
        fill(form, TestServices.TODAY.plusDays(3));
        form.save(r -> { });
        RectificationListViewModel list = new RectificationListViewModel(services.rectifications, services.units, tasks,
                dialogs, messages, (title, file, fill) -> { }, false);
        list.reload();
        list.selectedProperty().set(list.visibleItems().get(0));
        assertThat(list.allowedSteps()).isEmpty();
    }

    @Test
    void aStaleSaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        RectificationFormViewModel first = form();
        fill(first, TestServices.TODAY.plusDays(3));
        List<Rectification> saved = new ArrayList<>();
        first.save(saved::add);
        Rectification stored = saved.remove(0);
        RectificationFormViewModel other = form();
        other.edit(stored);
        other.measuresProperty().set("他人修改的措施");
        other.save(r -> { });
        RectificationFormViewModel mine = form();
        mine.edit(stored);
        mine.measuresProperty().set("我的措施");

        StaleSaves.offerToReload(dialogs, messages, messages.get("rectification.form.saveFailed"), stored.number(),
                mine::setOnReload, () -> mine.save(saved::add),
                () -> assertThat(mine.measuresProperty().get()).isEqualTo("我的措施"));
        assertThat(saved).isEmpty();
        assertThat(services.rectifications.find(stored.id()).measures()).isEqualTo("他人修改的措施");
    }
}
