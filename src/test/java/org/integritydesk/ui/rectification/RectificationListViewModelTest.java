package org.integritydesk.ui.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger tab pages a year of items, searches it, changes year, and goes to an item the home tab names. */
class RectificationListViewModelTest {
    private static final LocalDate TODAY = TestServices.TODAY;
    private static final int YEAR = TODAY.getYear();

    @TempDir
    Path dir;

    private TestServices services;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final List<Rectification> thisYear = new ArrayList<>();
    private Rectification lastYear;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        for (int i = 0; i < 205; i++) {
            LocalDate found = TODAY.minusDays(i % 70);
            thisYear.add(services.rectifications.create(item(chengguan, found, i % 10 == 0 ? "上班迟到" : "文书不规范",
                    i % 4 == 0 ? found : TODAY.plusDays(30), SEVERITIES[i / 10 % SEVERITIES.length])));
        }
        lastYear = services.rectifications.create(item(chengguan, LocalDate.of(YEAR - 1, 11, 2), "台账不全",
                LocalDate.of(YEAR - 1, 12, 1), ProblemSeverity.MINOR_VIOLATION));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static final ProblemSeverity[] SEVERITIES = ProblemSeverity.values();

    private static RectificationDraft item(OrgUnit unit, LocalDate found, String description, LocalDate deadline,
            ProblemSeverity severity) {
        return new RectificationDraft(ProblemSource.SELF_INSPECTION, unit.id(), null, ProblemCategory.WORK_EFFICIENCY,
                severity, ProblemResponse.TALK_EDUCATION, description, found, "严格考勤", unit.id(),
                "李明", deadline, null);
    }

    private RectificationListViewModel model() {
        RectificationListViewModel model = new RectificationListViewModel(services.rectifications, services.units, tasks,
                dialogs, messages, (title, file, fill) -> { }, true);
        model.reload();
        return model;
    }

    @Test
    void opensOnThisYearsFirstPageAndPagesThroughIt() {
        RectificationListViewModel model = model();

        assertThat(model.yearProperty().get()).isEqualTo(YEAR);
        assertThat(model.yearChoices()).containsExactly(YEAR, YEAR - 1);
        assertThat(model.visibleItems()).hasSize(RectificationListViewModel.PAGE_SIZE);
        assertThat(model.visibleItems()).allSatisfy(r -> assertThat(r.foundOn().getYear()).isEqualTo(YEAR));
        assertThat(model.pageCountProperty().get()).isEqualTo(3);
        assertThat(model.pageTextProperty().get()).isEqualTo("第 1 / 3 页");
        long overdue = thisYear.stream().filter(r -> r.dueState(TODAY) == DueState.OVERDUE).count();
        assertThat(model.statusProperty().get())
                .isEqualTo(messages.get("rectification.list.yearCount", YEAR, 205, 205, overdue));

        List<LedgerKey> seen = new ArrayList<>(model.visibleItems());
        model.nextPage();
        seen.addAll(model.visibleItems());
        model.nextPage();
        seen.addAll(model.visibleItems());
        model.nextPage();

        assertThat(model.pageTextProperty().get()).isEqualTo("第 3 / 3 页");
        assertThat(model.visibleItems()).hasSize(5);
        assertThat(seen).extracting(LedgerKey::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(thisYear.stream().map(Rectification::id).toList());
        model.previousPage();
        assertThat(model.pageTextProperty().get()).isEqualTo("第 2 / 3 页");
    }

    @Test
    void aSearchOrAFilterGoesBackToTheFirstPageOfWhatMatches() {
        RectificationListViewModel model = model();
        model.nextPage();

        model.searchTextProperty().set("迟到");

        assertThat(model.pageTextProperty().get()).isEqualTo("第 1 / 1 页");
        assertThat(model.visibleItems()).hasSize(21).allSatisfy(r -> assertThat(r.description()).isEqualTo("上班迟到"));
        model.searchTextProperty().set("");
        model.dueFilterProperty().set(DueState.OVERDUE);
        assertThat(model.visibleItems()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.dueState(TODAY)).isEqualTo(DueState.OVERDUE));
        assertThat(model.filter().year()).isEqualTo(YEAR);
        assertThat(model.filterText()).contains(messages.get("rectification.filterText.year", YEAR));
    }

    @Test
    void anotherYearShowsItsItems() {
        RectificationListViewModel model = model();

        model.yearProperty().set(YEAR - 1);

        assertThat(model.visibleItems()).extracting(LedgerKey::id).containsExactly(lastYear.id());
        assertThat(model.pageTextProperty().get()).isEqualTo("第 1 / 1 页");
    }

    @Test
    void theHomeTabsItemIsShownOnItsPageAndInItsYear() {
        RectificationListViewModel model = model();
        LedgerKey onLastPage = model.visibleItems().get(0);
        model.nextPage();
        model.nextPage();
        onLastPage = model.visibleItems().get(2);
        model.previousPage();

        model.show(null, onLastPage.id().toString());

        assertThat(model.pageTextProperty().get()).isEqualTo("第 3 / 3 页");
        assertThat(model.selectedProperty().get().id()).isEqualTo(onLastPage.id());

        model.show(null, lastYear.id().toString());

        assertThat(model.yearProperty().get()).isEqualTo(YEAR - 1);
        assertThat(model.selectedProperty().get().id()).isEqualTo(lastYear.id());
    }

    @Test
    void aSearchShowsEveryColumnFromTheYearsKeysAndErasingItGivesTheSamePageAsTheDatabase() {
        RectificationListViewModel model = model();
        List<LedgerKey> fromSql = List.copyOf(model.visibleItems());

        model.searchTextProperty().set("迟到");

        assertThat(model.visibleItems()).hasSize(21).allSatisfy(row -> assertThat(row)
                .isEqualTo(LedgerKey.of(services.rectifications.find(row.id()))));
        assertThat(model.visibleItems()).extracting(LedgerKey::severity).contains(SEVERITIES);
        model.searchTextProperty().set("");
        assertThat(model.visibleItems()).containsExactlyElementsOf(fromSql);
        assertThat(model.statusProperty().get()).contains("205");
    }

    @Test
    void keystrokesAskTheDatabaseNothingOnceTheYearsKeysAreRead() {
        RectificationListViewModel model = model();
        model.searchTextProperty().set("迟");
        LedgerKey row = model.visibleItems().get(0);
        // changed by someone else after the keys were read: the rows show the keys as read until the
        // next reload, which they would not if a keystroke or a page read anything from the database
        edit(row.id(), "上班迟到（已改）", other(row.severity()));

        model.searchTextProperty().set("迟到");
        model.searchTextProperty().set("");
        model.nextPage();
        model.previousPage();
        model.searchTextProperty().set("迟到");

        assertThat(model.visibleItems()).contains(row);
        model.reload();
        assertThat(model.visibleItems()).doesNotContain(row).extracting(LedgerKey::id).contains(row.id());
    }

    @Test
    void selectingARowReadsItsWholeItemAsItIsNow() {
        RectificationListViewModel model = model();
        model.searchTextProperty().set("迟到");
        LedgerKey row = model.visibleItems().get(0);
        Rectification edited = edit(row.id(), "上班迟到（已改）", other(row.severity()));
        int asked = tasks.submittedCount();

        model.selectedProperty().set(row);

        assertThat(tasks.submittedCount()).isEqualTo(asked + 1);
        assertThat(model.selectedItemProperty().get()).isEqualTo(edited);
        assertThat(model.details()).anyMatch(line -> line.contains("上班迟到（已改）"))
                .anyMatch(line -> line.contains(messages.get("rectification.history.created")));
        assertThat(model.allowedSteps()).isNotEmpty();
        model.selectedProperty().set(null);
        assertThat(model.selectedItemProperty().get()).isNull();
        assertThat(model.details()).isEmpty();
    }

    @Test
    void anActionSendsTheVersionReadAtSelectionAndAReloadReadsTheItemAgain() {
        RectificationListViewModel model = model();
        model.searchTextProperty().set("迟到");
        LedgerKey row = model.visibleItems().get(0);
        model.selectedProperty().set(row);
        edit(row.id(), "上班迟到（他人已改）", other(row.severity()));

        model.takeStep(RectificationStep.START);

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(services.rectifications.find(row.id()).status()).isEqualTo(RectificationStatus.OPEN);
        // the refusal reloaded the ledger: the row is still selected and its item read again
        assertThat(model.selectedProperty().get().id()).isEqualTo(row.id());
        assertThat(model.selectedItemProperty().get().version())
                .isEqualTo(services.rectifications.find(row.id()).version());

        model.takeStep(RectificationStep.START);

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(services.rectifications.find(row.id()).status()).isEqualTo(RectificationStatus.RECTIFYING);
        assertThat(model.selectedItemProperty().get().status()).isEqualTo(RectificationStatus.RECTIFYING);
        assertThat(model.visibleItems()).filteredOn(r -> r.id().equals(row.id()))
                .extracting(LedgerKey::status).containsExactly(RectificationStatus.RECTIFYING);
    }

    private static ProblemSeverity other(ProblemSeverity severity) {
        return severity == ProblemSeverity.INCIPIENT ? ProblemSeverity.TENDENCY : ProblemSeverity.INCIPIENT;
    }

    private Rectification edit(java.util.UUID id, String description, ProblemSeverity severity) {
        Rectification now = services.rectifications.find(id);
        RectificationDraft d = now.draft();
        return services.rectifications.update(id, now.version(), new RectificationDraft(d.source(), d.unitId(),
                d.cadreId(), d.category(), severity, d.response(), description, d.foundOn(), d.measures(),
                d.responsibleUnitId(), d.responsiblePerson(), d.deadline(), d.returnVisitDate()));
    }
}
