package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.DueState;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.Role;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.model.TodoItem;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home tab's to-dos counted and cut in the database give the counts and first lines that building
 * every to-do and cutting in Java gave (the way the home tab worked before, rebuilt here from the
 * services' full lists): more to-dos of each kind than the tab shows, equal dates, items that are
 * done, deleted or not yet due, a clerk limited to their sub-bureau, and a recused cadre.
 */
class HomeTodoGroupsTest {
    private static final LocalDate TODAY = TestServices.TODAY;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final int LINES = 8;
    private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫",
        "蒋", "沈", "韩", "杨"};
    private static final String[] GIVEN = {"明", "华", "强", "芳"};

    @TempDir
    Path dir;

    private TestServices services;
    private HomeFeeds feeds;
    private final Messages m = new Messages(ZH);
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private int people;
    /** Every cadre made, with the dates of their pre-appointment talks (the old query's inputs). */
    private final List<Cadre> cadres = new ArrayList<>();
    private final Map<UUID, List<LocalDate>> talkDates = new HashMap<>();
    private final Set<UUID> deletedCadres = new HashSet<>();
    private Cadre recusedClerk;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        feeds = services.homeFeeds;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        // the clerk's own file: hidden from them, with a to-do of every kind
        recusedClerk = cadre(chengguan, LocalDate.of(2025, 1, 20), true);
        appointments();
        ledger();
        commitments();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Appointed this year without a talk, with one long before or just before, retired, deleted, years ago... */
    private void appointments() {
        for (int i = 0; i < 12; i++) {
            // two a day, so equal dates are ordered by name
            cadre(i % 4 == 3 ? futan : chengguan, LocalDate.of(2025, 1, 2).plusDays(i / 2 * 7L), i % 3 != 0);
        }
        talk(cadre(chengguan, LocalDate.of(2025, 2, 10), true), LocalDate.of(2024, 9, 1)); // too early: missing
        talk(cadre(chengguan, LocalDate.of(2025, 2, 11), true), LocalDate.of(2025, 1, 20)); // in the window: done
        Cadre retired = services.cadres.create(draft(chengguan.id()).name(nextName()).idNumber(nextId())
                .appointmentDate(LocalDate.of(2025, 2, 1)).status(CadreStatus.RETIRED).build());
        cadres.add(retired);
        Cadre gone = cadre(futan, LocalDate.of(2025, 2, 2), true);
        services.cadres.delete(gone.id(), gone.version());
        deletedCadres.add(gone.id());
        for (int i = 0; i < 10; i++) {
            cadre(i % 2 == 0 ? chengguan : futan, LocalDate.of(2016, 3, 1), i % 4 != 1); // older, mostly important
        }
        cadre(bureau, LocalDate.of(2025, 3, 1), true);
    }

    /** Overdue items (equal deadlines too), return visits due, and items that are neither. */
    private void ledger() {
        for (int i = 0; i < 18; i++) {
            OrgUnit unit = i % 5 == 4 ? futan : i % 7 == 6 ? bureau : chengguan;
            item(unit, unit == chengguan && i % 6 == 0 ? recusedClerk : null, "超期问题" + i, LocalDate.of(2025, 2, 20).plusDays(i % 5), null);
        }
        item(chengguan, null, "未到期", LocalDate.of(2025, 3, 20), null);
        item(chengguan, null, "今天到期", TODAY, null);
        Rectification done = item(chengguan, null, "已整改", LocalDate.of(2025, 3, 1), null);
        done = services.rectifications.step(done.id(), done.version(), RectificationStep.START, "开始");
        services.rectifications.step(done.id(), done.version(), RectificationStep.MARK_RECTIFIED, "已改");
        Rectification deleted = item(chengguan, null, "已删除", LocalDate.of(2025, 3, 1), null);
        services.rectifications.delete(deleted.id(), deleted.version());
        for (int i = 0; i < 11; i++) {
            OrgUnit unit = i % 4 == 1 ? futan : chengguan;
            Cadre about = unit != chengguan ? null : i % 5 == 0 ? recusedClerk : i % 5 == 2 ? cadres.get(1) : null;
            item(unit, about, "回访问题" + i, LocalDate.of(2025, 4, 30),
                    LocalDate.of(2025, 3, 1).plusDays(i % 6 * 2L));
        }
        item(chengguan, null, "回访未到", LocalDate.of(2025, 4, 30), LocalDate.of(2025, 3, 20));
        Rectification visited = item(chengguan, null, "已回访", LocalDate.of(2025, 4, 30), LocalDate.of(2025, 3, 2));
        services.rectifications.recordReturnVisit(visited.id(), visited.version(), "已回访");
    }

    /** Every cadre gets this year's commitment; some sign it. */
    private void commitments() {
        services.commitments.generate(bureau.id(), 2025);
        List<CommitmentSummary> all = services.commitments.list(2025);
        for (int i = 0; i < all.size(); i += 4) {
            CommitmentSummary c = all.get(i);
            services.commitments.recordSigning(c.id(), c.version(), LocalDate.of(2025, 3, 1), null);
        }
    }

    private String nextName() {
        int n = people++;
        return SURNAMES[n % SURNAMES.length] + GIVEN[n / SURNAMES.length % GIVEN.length]
                + (n >= SURNAMES.length * GIVEN.length ? "二" : "");
    }

    private String nextId() {
        return IdNumbers.of("360821", LocalDate.of(1970, 1, 1).plusDays(people * 37L), "013");
    }

    private Cadre cadre(OrgUnit unit, LocalDate appointed, boolean important) {
        Cadre cadre = services.cadres.create(draft(unit.id()).name(nextName()).idNumber(nextId())
                .importantPosition(important).appointmentDate(appointed).workStartDate(LocalDate.of(2005, 7, 1)).build());
        cadres.add(cadre);
        return cadre;
    }

    private void talk(Cadre cadre, LocalDate on) {
        services.talks.create(new TalkDraft(cadre.id(), TalkKind.PRE_APPOINTMENT, on, "赵明", null, "刘敏", "任前廉政谈话",
                "接受谈话", null));
        talkDates.computeIfAbsent(cadre.id(), k -> new ArrayList<>()).add(on);
    }

    private Rectification item(OrgUnit unit, Cadre cadre, String description, LocalDate deadline, LocalDate returnVisit) {
        return services.rectifications.create(new RectificationDraft(ProblemSource.SUPERVISION, unit.id(),
                cadre == null ? null : cadre.id(), ProblemCategory.CIVIL_SERVICE,
                returnVisit == null ? ProblemSeverity.MINOR_VIOLATION : ProblemSeverity.RECURRING,
                returnVisit == null ? ProblemResponse.TALK_EDUCATION : ProblemResponse.RETURN_VISIT_EDUCATION,
                description, LocalDate.of(2025, 2, 1), "整改", unit.id(), "李明", deadline, returnVisit));
    }

    // ------------------------------------------------------------- the to-dos as they were built before

    /** Every overdue item and return visit due, as the home tab built them from the ledger's full list. */
    private List<TodoItem> rectificationsBefore() {
        List<Rectification> items = services.rectifications.needingAttention();
        List<TodoItem> todos = new ArrayList<>();
        items.stream().filter(r -> r.dueState(TODAY) == DueState.OVERDUE)
                .sorted(Comparator.comparing(Rectification::deadline).thenComparing(Rectification::number))
                .forEach(r -> todos.add(new TodoItem("todo.overdueRectification",
                        m.get("home.todo.overdue", r.number(), r.unitName(), r.description(), r.deadline().toString(),
                                ChronoUnit.DAYS.between(r.deadline(), TODAY)),
                        r.deadline(), HomeFeeds.RECTIFICATION_TAB, r.id().toString())));
        items.stream().filter(r -> r.returnVisitDue(TODAY))
                .sorted(Comparator.comparing(Rectification::returnVisitDate).thenComparing(Rectification::number))
                .forEach(r -> todos.add(new TodoItem("todo.returnVisitDue",
                        m.get("home.todo.returnVisit", r.number(), r.cadreName() == null ? r.unitName() : r.cadreName(),
                                r.description(), r.returnVisitDate().toString()),
                        r.returnVisitDate(), HomeFeeds.RECTIFICATION_TAB, r.id().toString())));
        return todos;
    }

    /**
     * Cadres appointed this year without a talk for it (the rule of the query the tab used), then the
     * talk tab's 缺任前谈话 list sorted by unit name and initials, less those already listed.
     */
    private List<TodoItem> appointmentsBefore(Predicate<Cadre> visible) {
        Map<UUID, String> unitNames = new HashMap<>();
        services.units.tree().inDisplayOrder().forEach(u -> unitNames.put(u.id(), u.name()));
        List<TodoItem> todos = new ArrayList<>(cadres.stream()
                .filter(c -> !deletedCadres.contains(c.id()) && c.status() == CadreStatus.ACTIVE && visible.test(c))
                .filter(c -> !c.appointmentDate().isBefore(LocalDate.of(2025, 1, 1)) && !c.appointmentDate().isAfter(TODAY))
                .filter(c -> talkDates.getOrDefault(c.id(), List.of()).stream()
                        .noneMatch(d -> !d.isBefore(c.appointmentDate().minusDays(HomeFeeds.TALK_WINDOW_DAYS))))
                .sorted(Comparator.comparing(Cadre::appointmentDate).thenComparing(Cadre::name))
                .map(c -> new TodoItem("todo.missingPreAppointmentTalk", m.get("home.todo.missingTalk", c.name(),
                        unitNames.get(c.unitId()), c.position(), c.appointmentDate().toString()), c.appointmentDate(),
                        HomeFeeds.TALKS_TAB, c.id().toString()))
                .toList());
        Set<String> listed = new HashSet<>(todos.stream().map(TodoItem::recordId).toList());
        services.talks.missingPreAppointmentTalks().stream().filter(c -> !listed.contains(c.id().toString()))
                .sorted(Comparator.comparing(CadreSummary::unitName).thenComparing(CadreSummary::nameInitials))
                .forEach(c -> todos.add(new TodoItem("todo.missingPreAppointmentTalk",
                        m.get("home.todo.missingTalkImportant", c.name(), c.unitName(), c.position()), null,
                        HomeFeeds.TALKS_TAB, c.id().toString())));
        return todos;
    }

    private List<TodoItem> commitmentsBefore() {
        return services.commitments.list(2025).stream().filter(c -> !c.isSigned())
                .map(c -> new TodoItem("todo.unsignedCommitment", m.get("home.todo.unsigned", c.cadreName(),
                        c.unitName(), 2025), null, HomeFeeds.COMMITMENTS_TAB, c.id().toString()))
                .toList();
    }

    private void assertSameAsBefore(Predicate<Cadre> visible) {
        List<TodoItem> rectifications = rectificationsBefore();
        List<TodoItem> appointments = appointmentsBefore(visible);
        List<TodoItem> commitments = commitmentsBefore();

        assertThat(feeds.rectificationTodos(TODAY, ZH, LINES)).isEqualTo(TodoGroup.of(rectifications, LINES));
        assertThat(feeds.appointmentTodos(TODAY, ZH, LINES)).isEqualTo(TodoGroup.of(appointments, LINES));
        assertThat(feeds.commitmentTodos(TODAY, ZH, LINES)).isEqualTo(TodoGroup.of(commitments, LINES));
        // asked for every line, the sources give every to-do in the same order
        assertThat(TodoGroup.items(feeds.rectificationTodos(TODAY, ZH, Integer.MAX_VALUE))).isEqualTo(rectifications);
        assertThat(TodoGroup.items(feeds.appointmentTodos(TODAY, ZH, Integer.MAX_VALUE))).isEqualTo(appointments);
        assertThat(TodoGroup.items(feeds.commitmentTodos(TODAY, ZH, Integer.MAX_VALUE))).isEqualTo(commitments);
    }

    @Test
    void anInspectorGetsTheCountsAndFirstLinesTheFullListsGave() {
        List<TodoGroup> rectifications = feeds.rectificationTodos(TODAY, ZH, LINES);
        // the data has more of each kind than the tab shows
        assertThat(rectifications).extracting(TodoGroup::count).containsExactly(18L, 11L);
        assertThat(feeds.appointmentTodos(TODAY, ZH, LINES).get(0).more()).isPositive();
        assertThat(feeds.commitmentTodos(TODAY, ZH, LINES).get(0).more()).isPositive();

        assertSameAsBefore(c -> true);
    }

    @Test
    void aClerkGetsTheirSubBureausCountsAndFirstLinesLessTheirOwnFile() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), recusedClerk.id());
        Set<UUID> units = Set.of(chengguan.id());

        assertSameAsBefore(c -> units.contains(c.unitId()) && !c.id().equals(recusedClerk.id()));
        assertThat(TodoGroup.items(feeds.rectificationTodos(TODAY, ZH, Integer.MAX_VALUE)))
                .noneMatch(t -> t.text().contains(recusedClerk.name()))
                .extracting(TodoItem::categoryKey).contains("todo.overdueRectification", "todo.returnVisitDue");
        assertThat(feeds.rectificationTodos(TODAY, ZH, LINES).get(0).more()).isPositive();
    }

    @Test
    void aClerkOfTheOtherSubBureauGetsItsOwn() {
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);

        assertSameAsBefore(c -> c.unitId().equals(futan.id()));
    }

    @Test
    void aCountAtTheLineLimitIsCountedNotGuessed() {
        // exactly as many overdue items as lines for a clerk of a new sub-bureau
        OrgUnit other = services.subBureau(bureau, "36082103", "油田分局");
        for (int i = 0; i < LINES; i++) {
            item(other, null, "油田超期" + i, LocalDate.of(2025, 3, 1), null);
        }
        services.actAs(Role.SUB_BUREAU_CLERK, other.id(), null);

        List<TodoGroup> groups = feeds.rectificationTodos(TODAY, ZH, LINES);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).count()).isEqualTo(LINES);
        assertThat(groups.get(0).more()).isZero();
        assertThat(feeds.rectificationTodos(TODAY, ZH, LINES - 1).get(0).count()).isEqualTo(LINES);
    }
}
