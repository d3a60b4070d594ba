package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.model.TodoItem;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.HomeTodoRepository;
import org.integritydesk.store.Transactions;

/**
 * What the features built so far put on the home tab (首页): the year's key figures, the charts of
 * education hours and attendance by unit and of open / overdue / rectified problems by unit, and the
 * to-dos (overdue rectifications, return visits due, cadres appointed this year without a
 * pre-appointment talk, unsigned commitments of this year). Each runs with the user's access: a
 * clerk sees their unit and the units below it; a role that sees no records (the system
 * administrator) gets nothing.
 */
public final class HomeFeeds {
    /** The main-window tabs the home tab opens (the ids {@code UiComposition} gives them). */
    public static final String EDUCATION_TAB = "educationTab";
    public static final String RECTIFICATION_TAB = "rectificationTab";
    public static final String TALKS_TAB = "talks";
    public static final String COMMITMENTS_TAB = "commitments";
    /**
     * A 任前廉政谈话 counts for an appointment when dated this many days before it or later: the talk
     * is held before the post is taken up, usually within weeks.
     */
    public static final int TALK_WINDOW_DAYS = 90;
    private static final int SHORT_TEXT = 40;
    /** How long the figures' counts wait for the charts of the same load (see {@link HandOver}). */
    private static final long HAND_OVER_NANOS = 10_000_000_000L;

    private final Transactions tx;
    private final HomeTodoRepository todoRepository;
    private final ProblemAnalysisService analysis;
    private final EducationService education;
    private final TalkService talks;
    private final CommitmentService commitments;
    private final AccessControl access;
    private final Stamps stamps;
    private final HandOver<ProblemAnalysis> problemsForChart = new HandOver<>(HAND_OVER_NANOS, System::nanoTime);
    private final HandOver<List<UnitEducationTotals>> educationForChart = new HandOver<>(HAND_OVER_NANOS,
            System::nanoTime);

    public HomeFeeds(Transactions tx, HomeTodoRepository todoRepository, ProblemAnalysisService analysis,
            EducationService education, TalkService talks, CommitmentService commitments, AccessControl access,
            Stamps stamps) {
        this.tx = tx;
        this.todoRepository = todoRepository;
        this.analysis = analysis;
        this.education = education;
        this.talks = talks;
        this.commitments = commitments;
        this.access = access;
        this.stamps = stamps;
    }

    /** Adds every figure, chart and to-do source of these features. */
    public void addTo(HomeSources sources) {
        sources.addFigures(this::figures);
        sources.addCharts(localized(this::problemCharts));
        sources.addCharts(localized(this::educationCharts));
        sources.addTodos(grouped(this::rectificationTodos));
        sources.addTodos(grouped(this::appointmentTodos));
        sources.addTodos(grouped(this::commitmentTodos));
    }

    @FunctionalInterface
    private interface LocalizedCharts {
        List<HomeChart> charts(int year, Locale locale);
    }

    @FunctionalInterface
    private interface GroupedTodos {
        List<TodoGroup> groups(LocalDate today, Locale locale, int lines);
    }

    private static HomeSources.Charts localized(LocalizedCharts charts) {
        return new HomeSources.Charts() {
            @Override
            public List<HomeChart> charts(int year) {
                return charts(year, Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public List<HomeChart> charts(int year, Locale locale) {
                return charts.charts(year, locale);
            }
        };
    }

    /** A source that counts in the database; asked for every item, it gives every group uncut. */
    private static HomeSources.Todos grouped(GroupedTodos todos) {
        return new HomeSources.Todos() {
            @Override
            public List<TodoItem> todos(LocalDate today) {
                return todos(today, Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public List<TodoItem> todos(LocalDate today, Locale locale) {
                return TodoGroup.items(todos.groups(today, locale, Integer.MAX_VALUE));
            }

            @Override
            public List<TodoGroup> groups(LocalDate today, Locale locale, int lines) {
                return todos.groups(today, locale, lines);
            }
        };
    }

    /** A kind of to-do from the database's count and first rows; nothing when there are none. */
    private static <T> List<TodoGroup> group(String categoryKey, String tabId, HomeTodoRepository.Page<T> page,
            Function<T, TodoItem> line) {
        return page.count() == 0 ? List.of()
                : List.of(new TodoGroup(categoryKey, tabId, page.count(), page.first().stream().map(line).toList()));
    }

    /** Nothing for a user whose role sees no records. */
    private static <T> List<T> ifAllowed(Supplier<List<T>> work) {
        try {
            return work.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    /**
     * What the figures' counts are handed to the charts under: the year and what the user may see
     * (the counts of another user or year are no use to a chart).
     */
    private Object loadKey(int year) {
        return List.of(year, tx.read(() -> access.scope(Action.VIEW)));
    }

    /**
     * The year's key figures: education, problems, talks and commitments. The problem and education
     * counts are handed to the charts the tab asks for next ({@link HandOver}).
     */
    public List<HomeFigure> figures(int year, LocalDate today, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<HomeFigure> figures = new ArrayList<>();
            Object key = loadKey(year);
            AttendanceTally tally = educationForChart.put(key, education.unitTotals(year)).stream()
                    .map(UnitEducationTotals::attendance).reduce(AttendanceTally.NONE, AttendanceTally::plus);
            figures.add(new HomeFigure(m.get("home.figure.activities"), Long.toString(education.countActivities(year)),
                    EDUCATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.hours"), tally.hours().toPlainString(), EDUCATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.attendance"),
                    tally.ratePercent().map(p -> p.toPlainString() + "%").orElse("—"), EDUCATION_TAB));
            ProblemAnalysis.Counts problems = problemsForChart.put(key, analysis.analyse(AnalysisPeriod.ofYear(year),
                    null)).total();
            figures.add(new HomeFigure(m.get("home.figure.problems"), Long.toString(problems.items()),
                    RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.overdue"), Long.toString(problems.overdue()),
                    RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.onTime"),
                    problems.onTimePercent().map(p -> p.toPlainString() + "%").orElse("—"), RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.talks"), Long.toString(talks.countTalks(year)), TALKS_TAB));
            CommitmentRepository.Signing signing = commitments.signing(year);
            figures.add(new HomeFigure(m.get("home.figure.commitments"), signing.signed() + "/" + signing.total(),
                    COMMITMENTS_TAB));
            return figures;
        });
    }

    /** Education hours and attendance rate by unit (units that organised or attended something). */
    public List<HomeChart> educationCharts(int year, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<UnitEducationTotals> totals = educationForChart.take(loadKey(year), () -> education.unitTotals(year))
                    .stream()
                    .filter(t -> t.activitiesOrganised() > 0 || t.attendance().expected() > 0
                            || t.attendance().hours().signum() > 0)
                    .toList();
            List<HomeChart.Category> hours = new ArrayList<>();
            List<HomeChart.Category> rates = new ArrayList<>();
            for (UnitEducationTotals t : totals) {
                hours.add(new HomeChart.Category(t.unitName(), t.unitId().toString(),
                        List.of(t.attendance().hours().doubleValue())));
                rates.add(new HomeChart.Category(t.unitName(), t.unitId().toString(),
                        List.of(t.attendance().ratePercent().map(BigDecimal::doubleValue).orElse(0.0))));
            }
            return List.of(
                    new HomeChart(m.get("home.chart.educationHours", year), EDUCATION_TAB,
                            List.of(m.get("home.series.hours")), hours),
                    new HomeChart(m.get("home.chart.attendance", year), EDUCATION_TAB,
                            List.of(m.get("home.series.attendance")), rates));
        });
    }

    /**
     * Problems found in the year by unit: open, overdue and rectified; a bar opens the ledger
     * filtered by that unit (filter value: the unit's code).
     */
    public List<HomeChart> problemCharts(int year, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            ProblemAnalysis result = problemsForChart.take(loadKey(year),
                    () -> analysis.analyse(AnalysisPeriod.ofYear(year), null));
            List<HomeChart.Category> categories = result.byUnit().stream()
                    .sorted(Comparator.comparing(ProblemAnalysis.UnitRow::unitCode))
                    .map(r -> new HomeChart.Category(r.unitName(), r.unitCode(),
                            List.of((double) r.counts().open(), (double) r.counts().overdue(),
                                    (double) r.counts().rectified())))
                    .toList();
            return List.of(new HomeChart(m.get("home.chart.problems", year), RECTIFICATION_TAB,
                    List.of(m.get("home.series.open"), m.get("home.series.overdue"), m.get("home.series.rectified")),
                    categories));
        });
    }

    /**
     * Overdue rectifications (longest overdue first) and return visits whose day has come (earliest
     * first): each kind's count and first {@code lines}.
     */
    public List<TodoGroup> rectificationTodos(LocalDate today, Locale locale, int lines) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            return tx.read(() -> {
                AccessControl.Scope scope = access.scope(Action.VIEW);
                List<TodoGroup> groups = new ArrayList<>(group("todo.overdueRectification", RECTIFICATION_TAB,
                        todoRepository.overdueItems(today, scope.visibleUnits(), scope.recused(), lines),
                        r -> new TodoItem("todo.overdueRectification",
                                m.get("home.todo.overdue", r.number(), r.unitName(), shorten(r.description()),
                                        r.deadline().toString(), ChronoUnit.DAYS.between(r.deadline(), today)),
                                r.deadline(), RECTIFICATION_TAB, r.id().toString())));
                groups.addAll(group("todo.returnVisitDue", RECTIFICATION_TAB,
                        todoRepository.returnVisitsDue(today, scope.visibleUnits(), scope.recused(), lines),
                        r -> new TodoItem("todo.returnVisitDue",
                                m.get("home.todo.returnVisit", r.number(),
                                        r.cadreName() == null ? r.unitName() : r.cadreName(), shorten(r.description()),
                                        r.returnVisitDate().toString()),
                                r.returnVisitDate(), RECTIFICATION_TAB, r.id().toString())));
                return groups;
            });
        });
    }

    /**
     * Missing pre-appointment talks, one kind: cadres appointed this year (up to today) with no
     * 任前廉政谈话 from {@value #TALK_WINDOW_DAYS} days before the appointment on, earliest appointment
     * first; then the cadres in an important position with no such talk at all (the talk tab's
     * 缺任前谈话 list), which the appointment dates of older records may not show.
     */
    public List<TodoGroup> appointmentTodos(LocalDate today, Locale locale, int lines) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            LocalDate from = today.withDayOfYear(1);
            return tx.read(() -> {
                AccessControl.Scope scope = access.scope(Action.VIEW);
                HomeTodoRepository.Page<HomeTodoRepository.CadreLine> appointed = todoRepository.appointedWithoutTalk(
                        from, today, TALK_WINDOW_DAYS, scope.visibleUnits(), scope.recused(), lines);
                HomeTodoRepository.Page<HomeTodoRepository.CadreLine> important = todoRepository.importantWithoutTalk(
                        from, today, scope.visibleUnits(), scope.recused(), lines - appointed.first().size());
                List<TodoItem> first = new ArrayList<>();
                appointed.first().forEach(c -> first.add(new TodoItem("todo.missingPreAppointmentTalk",
                        m.get("home.todo.missingTalk", c.name(), c.unitName(), c.position(), c.appointedOn().toString()),
                        c.appointedOn(), TALKS_TAB, c.cadreId().toString())));
                important.first().forEach(c -> first.add(new TodoItem("todo.missingPreAppointmentTalk",
                        m.get("home.todo.missingTalkImportant", c.name(), c.unitName(), c.position()), null,
                        TALKS_TAB, c.cadreId().toString())));
                long count = appointed.count() + important.count();
                return count == 0 ? List.<TodoGroup>of()
                        : List.of(new TodoGroup("todo.missingPreAppointmentTalk", TALKS_TAB, count, first));
            });
        });
    }

    /** This year's commitments not yet signed, by unit and name. */
    public List<TodoGroup> commitmentTodos(LocalDate today, Locale locale, int lines) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            int year = today.getYear();
            return tx.read(() -> {
                AccessControl.Scope scope = access.scope(Action.VIEW);
                return group("todo.unsignedCommitment", COMMITMENTS_TAB,
                        todoRepository.unsignedCommitments(year, scope.visibleUnits(), scope.recused(), lines),
                        c -> new TodoItem("todo.unsignedCommitment", m.get("home.todo.unsigned", c.cadreName(),
                                c.unitName(), year), null, COMMITMENTS_TAB, c.id().toString()));
            });
        });
    }

    public LocalDate today() {
        return stamps.today();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        int points = flat.codePointCount(0, flat.length());
        return points <= SHORT_TEXT ? flat : flat.substring(0, flat.offsetByCodePoints(0, SHORT_TEXT)) + "…";
    }
}
