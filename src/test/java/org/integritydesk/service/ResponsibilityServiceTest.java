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
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityDraft;
import org.integritydesk.model.ResponsibilityFilter;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.Role;
import org.integritydesk.model.TodoItem;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsibilityServiceTest {
    private static final LocalDate TODAY = TestServices.TODAY; // 2025-03-15

    @TempDir
    Path dir;

    private TestServices services;
    private ResponsibilityService duties;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre zhang;
    private Cadre li;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        duties = services.responsibility;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        zhang = services.cadres.create(draft(chengguan.id()).name("张建国").category(CadreCategory.LEADING)
                .idNumber(IdNumbers.of("360821", "19700314", "019")).build());
        li = services.cadres.create(draft(dunhou.id()).name("李卫东").category(CadreCategory.LEADING)
                .idNumber(IdNumbers.of("360821", "19720521", "031")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static ResponsibilityDraft task(int year, OrgUnit unit, Cadre leader, LocalDate deadline) {
        return new ResponsibilityDraft(year, ResponsibilityCategory.EDUCATION, "定期上党课，组织观看警示教育片", unit.id(),
                leader.id(), deadline);
    }

    private List<AuditEvent> events(String recordType) {
        return services.audit.exportable(AuditFilter.ANY).stream().filter(e -> recordType.equals(e.recordType()))
                .toList();
    }

    @Test
    void anInspectorDefinesATaskWithItsUnitLeaderAndAnAuditEvent() {
        ResponsibilityTask created = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 6, 30)));

        assertThat(created.seq()).isEqualTo(1);
        assertThat(created.unitName()).isEqualTo("城关分局");
        assertThat(created.leaderName()).isEqualTo("张建国");
        assertThat(created.status(TODAY)).isEqualTo(ResponsibilityStatus.IN_PROGRESS);
        assertThat(duties.list(2025)).extracting(ResponsibilityTask::id).containsExactly(created.id());
        assertThat(events(AuditTrail.RESPONSIBILITY_TASK)).extracting(AuditEvent::kind).containsExactly(AuditKind.CREATE);
        assertThat(duties.create(task(2025, dunhou, li, LocalDate.of(2025, 9, 30))).seq()).isEqualTo(2);
    }

    @Test
    void refusesADeadlineOutsideTheYearWithAChineseMessageAndSavesNothing() {
        var before = services.fingerprint();
        assertThatThrownBy(() -> duties.create(task(2025, chengguan, zhang, LocalDate.of(2026, 1, 10))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::messageKey)
                            .containsExactly("validation.responsibility.deadlineOutsideYear");
                    assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).of(e.errors().get(0)))
                            .isEqualTo("完成时限须在 2025 年度之内");
                });
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aClerkRecordsProgressForTheirUnitOnlyAndMayNotDefineTasks() {
        ResponsibilityTask own = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 31)));
        ResponsibilityTask other = duties.create(task(2025, dunhou, li, LocalDate.of(2025, 3, 31)));
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk-36082101");

        assertThat(duties.list(2025)).extracting(ResponsibilityTask::id).containsExactly(own.id());
        ResponsibilityTask done = duties.recordProgress(own.id(), Quarter.Q1, ProgressResult.DONE, "已上党课两次", 0);
        assertThat(done.status(TODAY)).isEqualTo(ResponsibilityStatus.COMPLETED);
        assertThat(done.progressOf(Quarter.Q1).orElseThrow().recordedBy()).isEqualTo("clerk-36082101");
        assertThatThrownBy(() -> duties.recordProgress(other.id(), Quarter.Q1, ProgressResult.DONE, "已完成", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 6, 30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duties.copyYear(2025, 2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeaderReadsButRecordsNothing() {
        ResponsibilityTask t = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 31)));
        services.actAs(Role.LEADER, null, null);
        assertThat(duties.list(2025)).hasSize(1);
        assertThatThrownBy(() -> duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.DONE, "已完成", 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void correctingAQuarterChecksItsVersionAndAuditsTheChange() {
        ResponsibilityTask t = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 31)));
        ResponsibilityTask first = duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.NOT_DONE, "已制定方案", 0);
        int version = first.progressOf(Quarter.Q1).orElseThrow().version();
        ResponsibilityTask second = duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.DONE, "已完成", version);

        assertThat(second.complete()).isTrue();
        assertThatThrownBy(() -> duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.NOT_DONE, "旧的", version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> duties.recordProgress(t.id(), Quarter.Q2, ProgressResult.DONE, "提前填报", 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.responsibility.quarterNotStarted"));
        assertThat(events(AuditTrail.RESPONSIBILITY_PROGRESS)).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.CREATE, AuditKind.UPDATE);
    }

    @Test
    void anOverdueTaskIsFilteredAndBecomesAToDo() {
        ResponsibilityTask overdue = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 14)));
        duties.create(task(2025, dunhou, li, LocalDate.of(2025, 3, 15)));

        assertThat(duties.list(new ResponsibilityFilter(2025, null, ResponsibilityStatus.OVERDUE, null)))
                .extracting(ResponsibilityTask::id).containsExactly(overdue.id());
        List<TodoItem> todos = services.homeSources.todoSources().stream()
                .flatMap(s -> s.todos(TODAY).stream())
                .filter(t -> t.categoryKey().equals("todo.overdueResponsibilityTask")).toList();
        assertThat(todos).singleElement().satisfies(todo -> {
            assertThat(todo.categoryKey()).isEqualTo("todo.overdueResponsibilityTask");
            assertThat(todo.tabId()).isEqualTo("responsibilityTab");
            assertThat(todo.recordId()).isEqualTo(overdue.id().toString());
            assertThat(todo.dueOn()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(todo.text()).contains("城关分局", "张建国", "定期上党课");
        });
    }

    @Test
    void anAdministratorGetsNoToDos() {
        duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 1)));
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThat(duties.todos(new Messages(Locale.SIMPLIFIED_CHINESE)).todos(TODAY)).isEmpty();
        services.actAs(Role.SUB_BUREAU_CLERK, dunhou.id(), null, "clerk-36082102");
        assertThat(duties.todos(new Messages(Locale.SIMPLIFIED_CHINESE)).todos(TODAY)).isEmpty();
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk-36082101");
        assertThat(duties.todos(new Messages(Locale.SIMPLIFIED_CHINESE)).todos(TODAY)).hasSize(1);
    }

    @Test
    void feedsTheAssessmentTheCompletedShareOfEachLeadersTasks() {
        ResponsibilityTask a = duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 3, 31)));
        duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 12, 31)));
        duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 12, 31)));
        duties.create(task(2025, dunhou, li, LocalDate.of(2025, 12, 31)));
        duties.recordProgress(a.id(), Quarter.Q1, ProgressResult.DONE, "已完成", 0);

        AssessmentInputSource source = services.assessmentInputs.sources().stream()
                .filter(s -> s.supplies().contains(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE))
                .findFirst().orElseThrow();
        var rates = services.tx.read(() -> source.values(2025)).get(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE);
        assertThat(rates.get(zhang.id())).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(rates.get(li.id())).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(services.tx.read(() -> source.values(2024)).get(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE))
                .isEmpty();
        List<String> lines = services.tx.read(() -> source.records(2025, zhang.id()))
                .get(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("2025-03-31 定期上党课").endsWith("已完成");
    }

    @Test
    void copiesLastYearsTasksIntoANewYearInOneStep() {
        duties.create(task(2024, chengguan, zhang, LocalDate.of(2024, 2, 29)));
        ResponsibilityTask b = duties.create(task(2024, dunhou, li, LocalDate.of(2024, 12, 31)));
        duties.recordProgress(b.id(), Quarter.Q4, ProgressResult.DONE, "已完成", 0);

        assertThat(duties.copyYear(2024, 2025)).isEqualTo(2);

        List<ResponsibilityTask> copied = duties.list(2025);
        assertThat(copied).extracting(ResponsibilityTask::deadline)
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 12, 31));
        assertThat(copied).extracting(ResponsibilityTask::leaderName).containsExactly("张建国", "李卫东");
        assertThat(copied).allSatisfy(t -> assertThat(t.progress()).isEmpty());
        assertThat(duties.list(2024)).hasSize(2);
        assertThatThrownBy(() -> duties.copyYear(2024, 2025)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("error.responsibility.targetHasTasks");
        assertThat(events(AuditTrail.RESPONSIBILITY_TASK)).filteredOn(e -> e.recordId() == null).hasSize(1);
    }

    @Test
    void printsTheFilteredBreakdownAndRecordsThePrint() {
        duties.create(task(2025, chengguan, zhang, LocalDate.of(2025, 6, 30)));
        duties.create(task(2025, dunhou, li, LocalDate.of(2025, 6, 30)));
        PrintableDocument document = duties.print(new ResponsibilityFilter(2025, java.util.Set.of(chengguan.id()), null,
                null), "责任单位：城关分局", Locale.SIMPLIFIED_CHINESE);
        assertThat(document.pageCount()).isEqualTo(1);
        assertThat(events(AuditTrail.RESPONSIBILITY_TASK)).filteredOn(e -> e.kind() == AuditKind.PRINT).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"tasks\":1"));
    }

    // a closed year refuses every kind of change: one test per kind of record

    private ResponsibilityTask closedYearTask() {
        ResponsibilityTask t = duties.create(task(2024, chengguan, zhang, LocalDate.of(2024, 6, 30)));
        t = duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.NOT_DONE, "已部署", 0);
        services.years.close(2024);
        return t;
    }

    private void refusedAsClosed(ThrowingCallable change) {
        var before = services.fingerprint();
        assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                e -> assertThat(e.year()).isEqualTo(2024));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aClosedYearRefusesANewTask() {
        closedYearTask();
        refusedAsClosed(() -> duties.create(task(2024, dunhou, li, LocalDate.of(2024, 9, 30))));
    }

    @Test
    void aClosedYearRefusesChangingOrMovingATask() {
        ResponsibilityTask t = closedYearTask();
        refusedAsClosed(() -> duties.update(t.id(), t.version(), new ResponsibilityDraft(2024,
                ResponsibilityCategory.CONDUCT, "改写", chengguan.id(), zhang.id(), LocalDate.of(2024, 6, 30))));
        ResponsibilityTask open = duties.create(task(2025, dunhou, li, LocalDate.of(2025, 6, 30)));
        refusedAsClosed(() -> duties.update(open.id(), open.version(), task(2024, dunhou, li, LocalDate.of(2024, 6, 30))));
    }

    @Test
    void aClosedYearRefusesDeletingATask() {
        ResponsibilityTask t = closedYearTask();
        refusedAsClosed(() -> duties.delete(t.id(), t.version()));
    }

    @Test
    void aClosedYearRefusesCopyingTasksIntoIt() {
        duties.create(task(2023, chengguan, zhang, LocalDate.of(2023, 6, 30)));
        closedYearTask();
        refusedAsClosed(() -> duties.copyYear(2023, 2024));
    }

    @Test
    void aClosedYearRefusesRecordingProgress() {
        ResponsibilityTask t = closedYearTask();
        int version = t.progressOf(Quarter.Q1).orElseThrow().version();
        refusedAsClosed(() -> duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.DONE, "已完成", version));
        refusedAsClosed(() -> duties.recordProgress(t.id(), Quarter.Q2, ProgressResult.DONE, "已完成", 0));
    }

    @Test
    void aClosedYearRefusesEvidenceFilesButStillShowsThem() throws Exception {
        ResponsibilityTask t = duties.create(task(2024, chengguan, zhang, LocalDate.of(2024, 6, 30)));
        t = duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.DONE, "已完成", 0);
        UUID entry = t.progressOf(Quarter.Q1).orElseThrow().id();
        Path scan = Files.writeString(dir.resolve("签到表.txt"), "党课签到");
        var added = services.attachments.add(ResponsibilityService.OWNER_TYPE, entry, scan);
        services.years.close(2024);

        refusedAsClosed(() -> services.attachments.add(ResponsibilityService.OWNER_TYPE, entry, scan));
        refusedAsClosed(() -> services.attachments.remove(added.id(), added.version()));
        assertThat(services.attachments.list(ResponsibilityService.OWNER_TYPE, entry)).hasSize(1);
    }

    @Test
    void aClerkSeesNoEvidenceOfAnotherUnitsTask() throws Exception {
        ResponsibilityTask t = duties.create(task(2025, dunhou, li, LocalDate.of(2025, 6, 30)));
        t = duties.recordProgress(t.id(), Quarter.Q1, ProgressResult.DONE, "已完成", 0);
        UUID entry = t.progressOf(Quarter.Q1).orElseThrow().id();
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk-36082101");
        assertThatThrownBy(() -> services.attachments.list(ResponsibilityService.OWNER_TYPE, entry))
                .isInstanceOf(AccessDeniedException.class);
    }
}
