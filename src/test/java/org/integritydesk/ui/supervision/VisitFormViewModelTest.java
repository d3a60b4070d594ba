package org.integritydesk.ui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit form and the 监督检查 list without a toolkit, on a real H2 database. */
class VisitFormViewModelTest {
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

    private VisitFormViewModel form() {
        return new VisitFormViewModel(services.supervision, tasks, dialogs, messages, services.stamps.clock(),
                services.units.tree(), List.of());
    }

    private VisitFormViewModel.AreaRow row(VisitFormViewModel form, InspectionArea area) {
        return form.rows().stream().filter(r -> r.area() == area).findFirst().orElseThrow();
    }

    @Test
    void aProblemWithoutItsDetailsIsShownOnItsRowAndNothingIsSaved() {
        VisitFormViewModel form = form();
        form.unitProperty().set(chengguan);
        form.membersProperty().set("王芳、刘静");
        row(form, InspectionArea.CIVIL_SERVICE).problemProperty().set(true);
        assertThat(row(form, InspectionArea.CIVIL_SERVICE).errorProperty().get())
                .isEqualTo(messages.get("validation.visit.problemDescription"));
        form.save(saved -> { });
        assertThat(services.supervision.list()).isEmpty();
    }

    @Test
    void savingAVisitWithAProblemPutsItInTheLedgerAndTheListShowsIt() {
        VisitFormViewModel form = form();
        form.unitProperty().set(chengguan);
        form.membersProperty().set("王芳、刘静");
        form.responsiblePersonProperty().set("张建国");
        VisitFormViewModel.AreaRow civil = row(form, InspectionArea.CIVIL_SERVICE);
        civil.problemProperty().set(true);
        civil.descriptionProperty().set("窗口人员服务态度生硬");
        civil.severityProperty().set(ProblemSeverity.MINOR_VIOLATION);
        civil.measuresProperty().set("开展文明服务培训");
        civil.deadlineProperty().set(TestServices.TODAY.plusDays(10));
        SupervisionVisit[] saved = new SupervisionVisit[1];
        form.save(v -> saved[0] = v);

        assertThat(saved[0].problemCount()).isEqualTo(1);
        assertThat(services.rectifications.list()).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo(ProblemSource.SUPERVISION));
        SupervisionListViewModel list = new SupervisionListViewModel(services.supervision, tasks, dialogs, messages,
                (title, file, fill) -> { }, true);
        list.reload();
        assertThat(list.visibleVisits()).hasSize(1);
        list.selectedProperty().set(list.visibleVisits().get(0));
        assertThat(list.details()).anyMatch(line -> line.contains("窗口人员服务态度生硬") && line.contains("ZG-2025-0001"));
        list.searchTextProperty().set("敦厚");
        assertThat(list.visibleVisits()).isEmpty();
    }

    @Test
    void aStaleSaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        VisitFormViewModel first = form();
        first.unitProperty().set(chengguan);
        first.membersProperty().set("王芳、刘静");
        first.responsiblePersonProperty().set("张建国");
        List<SupervisionVisit> saved = new ArrayList<>();
        first.save(saved::add);
        SupervisionVisit stored = saved.remove(0);
        VisitFormViewModel other = form();
        other.edit(stored);
        other.notesProperty().set("他人修改");
        other.save(v -> { });
        VisitFormViewModel mine = form();
        mine.edit(stored);
        mine.notesProperty().set("我的修改");

        StaleSaves.offerToReload(dialogs, messages, messages.get("supervision.form.saveFailed"), stored.number(),
                mine::setOnReload, () -> mine.save(saved::add),
                () -> assertThat(mine.notesProperty().get()).isEqualTo("我的修改"));
        assertThat(saved).isEmpty();
        assertThat(services.supervision.find(stored.id()).notes()).isEqualTo("他人修改");
    }
}
