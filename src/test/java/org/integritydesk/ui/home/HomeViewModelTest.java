package org.integritydesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.model.TodoItem;
import org.integritydesk.service.HomeSources;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.home.HomeViewModel.TodoLine;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.Test;

/** The home tab without a toolkit: sources collected in the background, to-dos grouped, clicks opening tabs. */
class HomeViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final HomeSources sources = new HomeSources();
    private final List<String> opened = new ArrayList<>();

    private HomeViewModel model() {
        return new HomeViewModel(sources, tasks, messages, () -> TODAY,
                (tab, filter, record) -> opened.add(tab + "|" + filter + "|" + record));
    }

    private static TodoItem todo(String key, String text, String tab, String record) {
        return new TodoItem(key, text, TODAY, tab, record);
    }

    @Test
    void showsPlaceholdersUntilTheBackgroundWorkIsDone() {
        sources.addFigures((year, today, locale) -> List.of(new HomeFigure("发现问题（项）", "12", "rectificationTab")));
        tasks.hold();
        HomeViewModel model = model();
        model.load();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("正在统计本年度数据…");
        assertThat(model.figures()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("2025 年度概况");

        tasks.runHeld();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.figures()).extracting(HomeFigure::value).containsExactly("12");
    }

    @Test
    void groupsTheToDosByKindInTheOrderTheyComeAndCutsLongGroups() {
        sources.addTodos(today -> IntStream.range(0, HomeViewModel.LINES_PER_GROUP + 3)
                .mapToObj(i -> todo("todo.unsignedCommitment", "承诺" + i, "commitments", "c" + i)).toList());
        sources.addTodos(today -> List.of(todo("todo.overdueRectification", "ZG-2025-0001", "rectificationTab", "r1")));
        HomeViewModel model = model();
        model.load();

        List<TodoLine> lines = model.todos();
        assertThat(lines.get(0)).isEqualTo(new TodoLine("承诺书未签订（11）", TodoLine.Kind.HEADING, "commitments", null));
        assertThat(lines.subList(1, 1 + HomeViewModel.LINES_PER_GROUP)).allMatch(l -> l.kind() == TodoLine.Kind.ITEM);
        assertThat(lines.get(1 + HomeViewModel.LINES_PER_GROUP))
                .isEqualTo(new TodoLine("还有 3 项，点击查看全部…", TodoLine.Kind.MORE, "commitments", null));
        assertThat(lines.get(2 + HomeViewModel.LINES_PER_GROUP).text()).isEqualTo("超期未整改（1）");
        assertThat(lines).hasSize(HomeViewModel.LINES_PER_GROUP + 4);
        assertThat(model.statusProperty().get()).isEqualTo("待办 12 项");
    }

    /** A source that counts in the database: it gives a count and its first lines only. */
    private static HomeSources.Todos counted(String key, String tab, long count, int built) {
        return new HomeSources.Todos() {
            @Override
            public List<TodoItem> todos(LocalDate today) {
                throw new AssertionError("the tab asks for groups, not for every to-do");
            }

            @Override
            public List<TodoGroup> groups(LocalDate today, Locale locale, int lines) {
                return List.of(new TodoGroup(key, tab, count, IntStream.range(0, Math.min(lines, built))
                        .mapToObj(i -> todo(key, key + i, tab, tab + i)).toList()));
            }
        };
    }

    @Test
    void aCountedKindShowsItsCountAndFirstLinesAndKindsOfSeveralSourcesComeTogether() {
        sources.addTodos(counted("todo.overdueRectification", "rectificationTab", 24_176, 100));
        sources.addTodos(counted("todo.unsignedCommitment", "commitments", 3, 3));
        sources.addTodos(counted("todo.overdueRectification", "rectificationTab", 5, 5));
        HomeViewModel model = model();
        model.load();

        List<TodoLine> lines = model.todos();
        assertThat(lines.get(0)).isEqualTo(new TodoLine("超期未整改（24181）", TodoLine.Kind.HEADING, "rectificationTab",
                null));
        assertThat(lines.subList(1, 1 + HomeViewModel.LINES_PER_GROUP)).extracting(TodoLine::recordId)
                .containsExactly("rectificationTab0", "rectificationTab1", "rectificationTab2", "rectificationTab3",
                        "rectificationTab4", "rectificationTab5", "rectificationTab6", "rectificationTab7");
        assertThat(lines.get(1 + HomeViewModel.LINES_PER_GROUP))
                .isEqualTo(new TodoLine("还有 24173 项，点击查看全部…", TodoLine.Kind.MORE, "rectificationTab", null));
        assertThat(lines.get(2 + HomeViewModel.LINES_PER_GROUP).text()).isEqualTo("承诺书未签订（3）");
        assertThat(lines).hasSize(HomeViewModel.LINES_PER_GROUP + 2 + 4);
        assertThat(model.statusProperty().get()).isEqualTo("待办 24184 项");
    }

    @Test
    void aLineOpensItsTabWithItsRecordAndAHeadingOpensTheTabOnly() {
        sources.addTodos(today -> List.of(todo("todo.overdueRectification", "ZG-2025-0001", "rectificationTab", "r1")));
        HomeViewModel model = model();
        model.load();

        model.open(model.todos().get(1));
        model.open(model.todos().get(0));

        assertThat(opened).containsExactly("rectificationTab|null|r1", "rectificationTab|null|null");
    }

    @Test
    void aBarOpensTheChartsTabFilteredByItsCategory() {
        HomeChart.Category chengguan = new HomeChart.Category("城关分局", "36082101", List.of(3.0, 1.0, 2.0));
        HomeChart chart = new HomeChart("各单位问题整改情况", "rectificationTab", List.of("未整改", "超期", "已整改"),
                List.of(chengguan));
        sources.addCharts(year -> List.of(chart));
        HomeViewModel model = model();
        model.load();

        model.open(model.charts().get(0), model.charts().get(0).categories().get(0));
        model.open(model.charts().get(0), null);

        assertThat(opened).containsExactly("rectificationTab|36082101|null", "rectificationTab|null|null");
    }

    @Test
    void aFailingSourceLeavesTheOthersShownAndIsCounted() {
        sources.addCharts(year -> {
            throw new IllegalStateException("broken");
        });
        sources.addTodos(today -> List.of(todo("todo.returnVisitDue", "回访", "rectificationTab", "r2")));
        HomeViewModel model = model();
        model.load();

        assertThat(model.todos()).hasSize(2);
        assertThat(model.statusProperty().get()).isEqualTo("待办 1 项 （1 项内容未能加载）");
    }

    @Test
    void sourcesGetTheReadersLanguage() {
        List<Locale> asked = new ArrayList<>();
        sources.addTodos(new HomeSources.Todos() {
            @Override
            public List<TodoItem> todos(LocalDate today) {
                return List.of();
            }

            @Override
            public List<TodoItem> todos(LocalDate today, Locale locale) {
                asked.add(locale);
                return List.of();
            }
        });
        new HomeViewModel(sources, tasks, new Messages(Locale.ENGLISH), () -> TODAY, (t, f, r) -> { }).load();
        assertThat(asked).containsExactly(Locale.ENGLISH);
    }

    @Test
    void nothingToDoSaysSo() {
        HomeViewModel model = model();
        model.load();
        assertThat(model.todos()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("没有待办事项");
    }
}
