package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
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

/** The home tab's sources of the features so far, on H2 (today is 2025-03-15), as an inspector, a clerk and an administrator. */
class HomeFeedsTest {
    private static final LocalDate TODAY = TestServices.TODAY;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final int ALL = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    private TestServices services;
    private HomeFeeds feeds;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Rectification overdue;
    private Rectification returnVisit;
    private Cadre wangWu;
    private Cadre sunBa;
    private Cadre qianQi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        feeds = services.homeFeeds;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        overdue = services.rectifications.create(item(chengguan, "执法时未出示证件", LocalDate.of(2025, 3, 1), null));
        services.rectifications.create(item(chengguan, "窗口迟到", LocalDate.of(2025, 4, 1), null));
        returnVisit = services.rectifications.create(item(futan, "多次违规收费", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 3, 10)));
        // appointed this year without a talk
        wangWu = cadre(chengguan, "王五", "19800101", LocalDate.of(2025, 2, 1));
        // appointed this year, talk well before the appointment: still missing
        sunBa = cadre(futan, "孙八", "19810202", LocalDate.of(2025, 2, 1));
        talk(sunBa, LocalDate.of(2024, 6, 1));
        // appointed this year with a talk a few days before: done
        talk(cadre(chengguan, "赵六", "19820303", LocalDate.of(2025, 1, 10)), LocalDate.of(2025, 1, 5));
        // appointed last year, important position, no talk at all: on the talk tab's 缺任前谈话 list
        qianQi = cadre(chengguan, "钱七", "19830404", LocalDate.of(2024, 5, 1));
        services.commitments.generate(chengguan.id(), 2025);
        CommitmentSummary first = services.commitments.list(2025).get(0);
        services.commitments.recordSigning(first.id(), first.version(), LocalDate.of(2025, 3, 1), null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static RectificationDraft item(OrgUnit unit, String description, LocalDate deadline, LocalDate returnVisit) {
        return new RectificationDraft(ProblemSource.SUPERVISION, unit.id(), null, ProblemCategory.CIVIL_SERVICE,
                returnVisit == null ? ProblemSeverity.MINOR_VIOLATION : ProblemSeverity.RECURRING,
                returnVisit == null ? ProblemResponse.TALK_EDUCATION : ProblemResponse.RETURN_VISIT_EDUCATION, description, LocalDate.of(2025, 2, 1),
                "整改", unit.id(), "李明", deadline, returnVisit);
    }

    private Cadre cadre(OrgUnit unit, String name, String birth, LocalDate appointed) {
        return services.cadres.create(draft(unit.id()).name(name).idNumber(IdNumbers.of("360821", birth, "013"))
                .appointmentDate(appointed).workStartDate(LocalDate.of(2005, 7, 1)).build());
    }

    private void talk(Cadre cadre, LocalDate on) {
        services.talks.create(new TalkDraft(cadre.id(), TalkKind.PRE_APPOINTMENT, on, "赵明", null, "刘敏",
                "任前廉政谈话", "接受谈话", null));
    }

    /** Every to-do of a source, uncut. */
    private static List<TodoItem> all(List<TodoGroup> groups) {
        return TodoGroup.items(groups);
    }

    private static List<String> texts(List<TodoItem> todos) {
        return todos.stream().map(TodoItem::text).toList();
    }

    @Test
    void overdueRectificationsAndReturnVisitsDueAreToDos() {
        List<TodoItem> todos = all(feeds.rectificationTodos(TODAY, ZH, ALL));

        assertThat(todos).extracting(TodoItem::categoryKey).containsExactly("todo.overdueRectification",
                "todo.returnVisitDue");
        assertThat(todos.get(0)).isEqualTo(new TodoItem("todo.overdueRectification",
                overdue.number() + " 城关分局：执法时未出示证件（期限 2025-03-01，已超期 14 天）", LocalDate.of(2025, 3, 1),
                HomeFeeds.RECTIFICATION_TAB, overdue.id().toString()));
        assertThat(todos.get(1).recordId()).isEqualTo(returnVisit.id().toString());
        assertThat(todos.get(1).text()).contains("回访日期 2025-03-10");
    }

    @Test
    void cadresAppointedThisYearWithoutATalkForItAndImportantPostsWithoutOneAreToDos() {
        List<TodoItem> todos = all(feeds.appointmentTodos(TODAY, ZH, ALL));

        // this year's appointments first, then the important-position cadres with no talk at all
        assertThat(todos).extracting(TodoItem::recordId).containsExactly(sunBa.id().toString(), wangWu.id().toString(),
                qianQi.id().toString());
        assertThat(todos).allMatch(t -> t.tabId().equals(HomeFeeds.TALKS_TAB));
        assertThat(texts(todos).get(1)).startsWith("王五（城关分局").endsWith("2025-02-01 任职，未见任前廉政谈话");
        assertThat(texts(todos).get(2)).startsWith("钱七（城关分局").endsWith("重要岗位，未见任前廉政谈话");
    }

    @Test
    void unsignedCommitmentsOfThisYearAreToDos() {
        List<TodoItem> todos = all(feeds.commitmentTodos(TODAY, ZH, ALL));

        // 城关分局's three cadres got one each; one is signed
        assertThat(todos).hasSize(2);
        assertThat(todos).allMatch(t -> t.categoryKey().equals("todo.unsignedCommitment")
                && t.text().endsWith("2025 年度廉政承诺书未签订"));
    }

    @Test
    void theProblemChartCountsOpenOverdueAndRectifiedByUnit() {
        List<HomeChart> charts = feeds.problemCharts(2025, ZH);

        assertThat(charts).hasSize(1);
        HomeChart chart = charts.get(0);
        assertThat(chart.title()).isEqualTo("2025 年各单位问题整改情况");
        assertThat(chart.tabId()).isEqualTo(HomeFeeds.RECTIFICATION_TAB);
        assertThat(chart.seriesNames()).containsExactly("未整改", "超期", "已整改");
        assertThat(chart.categories()).containsExactly(
                new HomeChart.Category("城关分局", "36082101", List.of(2.0, 1.0, 0.0)),
                new HomeChart.Category("敦厚分局", "36082102", List.of(1.0, 0.0, 0.0)));
    }

    @Test
    void theEducationChartsAreThereEvenBeforeAnyActivity() {
        List<HomeChart> charts = feeds.educationCharts(2025, Locale.ENGLISH);

        assertThat(charts).extracting(HomeChart::title).containsExactly("Education hours by unit, 2025",
                "Attendance rate by unit (%), 2025");
        assertThat(charts).allMatch(c -> c.categories().isEmpty() && c.tabId().equals(HomeFeeds.EDUCATION_TAB));
    }

    @Test
    void theKeyFiguresOfTheYear() {
        List<HomeFigure> figures = feeds.figures(2025, TODAY, ZH);

        assertThat(figures).extracting(HomeFigure::label).containsExactly("教育活动（次）", "学习教育学时", "教育出勤率",
                "发现问题（项）", "超期未整改（项）", "按期整改率", "廉政谈话（次）", "承诺书签订");
        assertThat(figures).extracting(HomeFigure::value).containsExactly("0", "0", "—", "3", "1", "0.0%", "1", "1/3");
        // one talk in 2025: 孙八's was in 2024
    }

    @Test
    void theChartsAfterTheFiguresShowWhatTheyShowAloneAndAChangeShowsAtTheNextLoad() {
        List<HomeChart> alone = feeds.problemCharts(2025, ZH);
        List<HomeChart> education = feeds.educationCharts(2025, ZH);

        feeds.figures(2025, TODAY, ZH);
        assertThat(feeds.problemCharts(2025, ZH)).isEqualTo(alone);
        assertThat(feeds.educationCharts(2025, ZH)).isEqualTo(education);

        services.rectifications.create(item(futan, "新发现的问题", LocalDate.of(2025, 4, 1), null));
        feeds.figures(2025, TODAY, ZH);
        assertThat(feeds.problemCharts(2025, ZH).get(0).categories()).extracting(c -> c.values().get(0))
                .containsExactly(2.0, 2.0);
        // another user's load does not get the figures' counts
        feeds.figures(2025, TODAY, ZH);
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);
        assertThat(feeds.problemCharts(2025, ZH).get(0).categories()).extracting(HomeChart.Category::label)
                .containsExactly("敦厚分局");
    }

    @Test
    void aClerkSeesTheirSubBureausToDosOnly() {
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);

        assertThat(all(feeds.rectificationTodos(TODAY, ZH, ALL))).extracting(TodoItem::recordId)
                .containsExactly(returnVisit.id().toString());
        assertThat(all(feeds.appointmentTodos(TODAY, ZH, ALL))).extracting(TodoItem::recordId)
                .containsExactly(sunBa.id().toString());
        assertThat(all(feeds.commitmentTodos(TODAY, ZH, ALL))).isEmpty();
        assertThat(feeds.problemCharts(2025, ZH).get(0).categories()).extracting(HomeChart.Category::label)
                .containsExactly("敦厚分局");
    }

    @Test
    void anAdministratorWhoSeesNoRecordsGetsAnEmptyHomeTab() {
        services.actAs(Role.SYSTEM_ADMIN, null, null);

        assertThat(feeds.figures(2025, TODAY, ZH)).isEmpty();
        assertThat(all(feeds.rectificationTodos(TODAY, ZH, ALL))).isEmpty();
        assertThat(all(feeds.appointmentTodos(TODAY, ZH, ALL))).isEmpty();
        assertThat(all(feeds.commitmentTodos(TODAY, ZH, ALL))).isEmpty();
        assertThat(feeds.problemCharts(2025, ZH)).isEmpty();
        assertThat(feeds.educationCharts(2025, ZH)).isEmpty();
    }

    @Test
    void everySourceIsRegisteredForTheHomeTab() {
        // the home feeds' own: one figure source, two chart sources, three to-do sources; debriefing and
        // assessment add a chart each, responsibility tasks a to-do source
        assertThat(services.homeSources.figureSources()).hasSize(1);
        assertThat(services.homeSources.chartSources()).hasSize(4);
        assertThat(services.homeSources.todoSources()).hasSize(4);
        assertThat(services.homeSources.todoSources().stream().flatMap(s -> s.todos(TODAY).stream())
                .filter(t -> t.tabId().equals("rectificationTab"))).hasSize(2);
    }
}
