package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.DueState;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.TodoItem;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.ProblemAnalysisRepository;
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

    private final Transactions tx;
    private final ProblemAnalysisRepository repository;
    private final ProblemAnalysisService analysis;
    private final RectificationService rectifications;
    private final EducationService education;
    private final TalkService talks;
    private final CommitmentService commitments;
    private final AccessControl access;
    private final Stamps stamps;

    public HomeFeeds(Transactions tx, ProblemAnalysisRepository repository, ProblemAnalysisService analysis,
            RectificationService rectifications, EducationService education, TalkService talks,
            CommitmentService commitments, AccessControl access, Stamps stamps) {
        this.tx = tx;
        this.repository = repository;
        this.analysis = analysis;
        this.rectifications = rectifications;
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
        sources.addTodos(localizedTodos(this::rectificationTodos));
        sources.addTodos(localizedTodos(this::appointmentTodos));
        sources.addTodos(localizedTodos(this::commitmentTodos));
    }

    @FunctionalInterface
    private interface LocalizedCharts {
        List<HomeChart> charts(int year, Locale locale);
    }

    @FunctionalInterface
    private interface LocalizedTodos {
        List<TodoItem> todos(LocalDate today, Locale locale);
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

    private static HomeSources.Todos localizedTodos(LocalizedTodos todos) {
        return new HomeSources.Todos() {
            @Override
            public List<TodoItem> todos(LocalDate today) {
                return todos(today, Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public List<TodoItem> todos(LocalDate today, Locale locale) {
                return todos.todos(today, locale);
            }
        };
    }

    /** Nothing for a user whose role sees no records. */
    private static <T> List<T> ifAllowed(Supplier<List<T>> work) {
        try {
            return work.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    /** The year's key figures: education, problems, talks and commitments. */
    public List<HomeFigure> figures(int year, LocalDate today, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<HomeFigure> figures = new ArrayList<>();
            AttendanceTally tally = education.unitTotals(year).stream().map(UnitEducationTotals::attendance)
                    .reduce(AttendanceTally.NONE, AttendanceTally::plus);
            figures.add(new HomeFigure(m.get("home.figure.activities"),
                    Integer.toString(education.activities(year).size()), EDUCATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.hours"), tally.hours().toPlainString(), EDUCATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.attendance"),
                    tally.ratePercent().map(p -> p.toPlainString() + "%").orElse("—"), EDUCATION_TAB));
            ProblemAnalysis.Counts problems = analysis.analyse(AnalysisPeriod.ofYear(year), null).total();
            figures.add(new HomeFigure(m.get("home.figure.problems"), Long.toString(problems.items()),
                    RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.overdue"), Long.toString(problems.overdue()),
                    RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.onTime"),
                    problems.onTimePercent().map(p -> p.toPlainString() + "%").orElse("—"), RECTIFICATION_TAB));
            figures.add(new HomeFigure(m.get("home.figure.talks"), Integer.toString(talks.listTalks(year).size()),
                    TALKS_TAB));
            List<CommitmentSummary> rows = commitments.list(year);
            long signed = rows.stream().filter(CommitmentSummary::isSigned).count();
            figures.add(new HomeFigure(m.get("home.figure.commitments"), signed + "/" + rows.size(), COMMITMENTS_TAB));
            return figures;
        });
    }

    /** Education hours and attendance rate by unit (units that organised or attended something). */
    public List<HomeChart> educationCharts(int year, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<UnitEducationTotals> totals = education.unitTotals(year).stream()
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
            ProblemAnalysis result = analysis.analyse(AnalysisPeriod.ofYear(year), null);
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

    /** Overdue rectifications (longest overdue first) and return visits whose day has come. */
    public List<TodoItem> rectificationTodos(LocalDate today, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<Rectification> items = rectifications.needingAttention();
            List<TodoItem> todos = new ArrayList<>();
            items.stream().filter(r -> r.dueState(today) == DueState.OVERDUE)
                    .sorted(Comparator.comparing(Rectification::deadline).thenComparing(Rectification::number))
                    .forEach(r -> todos.add(new TodoItem("todo.overdueRectification",
                            m.get("home.todo.overdue", r.number(), r.unitName(), shorten(r.description()),
                                    r.deadline().toString(), ChronoUnit.DAYS.between(r.deadline(), today)),
                            r.deadline(), RECTIFICATION_TAB, r.id().toString())));
            items.stream().filter(r -> r.returnVisitDue(today))
                    .sorted(Comparator.comparing(Rectification::returnVisitDate).thenComparing(Rectification::number))
                    .forEach(r -> todos.add(new TodoItem("todo.returnVisitDue",
                            m.get("home.todo.returnVisit", r.number(),
                                    r.cadreName() == null ? r.unitName() : r.cadreName(), shorten(r.description()),
                                    r.returnVisitDate().toString()),
                            r.returnVisitDate(), RECTIFICATION_TAB, r.id().toString())));
            return todos;
        });
    }

    /**
     * Missing pre-appointment talks: cadres appointed this year (up to today) with no 任前廉政谈话
     * from {@value #TALK_WINDOW_DAYS} days before the appointment on, earliest appointment first;
     * then the cadres in an important position with no such talk at all (the talk tab's 缺任前谈话
     * list), which the appointment dates of older records may not show.
     */
    public List<TodoItem> appointmentTodos(LocalDate today, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            List<TodoItem> todos = new ArrayList<>(tx.read(() -> {
                AccessControl.Scope scope = access.scope(Action.VIEW);
                return repository.appointedWithoutPreAppointmentTalk(today.withDayOfYear(1), today, TALK_WINDOW_DAYS)
                        .stream().filter(c -> scope.canSee(c.unitId(), c.cadreId()))
                        .map(c -> new TodoItem("todo.missingPreAppointmentTalk",
                                m.get("home.todo.missingTalk", c.name(), c.unitName(), c.position(),
                                        c.appointedOn().toString()),
                                c.appointedOn(), TALKS_TAB, c.cadreId().toString()))
                        .toList();
            }));
            java.util.Set<String> listed = new java.util.HashSet<>();
            todos.forEach(t -> listed.add(t.recordId()));
            talks.missingPreAppointmentTalks().stream().filter(c -> !listed.contains(c.id().toString()))
                    .sorted(Comparator.comparing(org.integritydesk.model.CadreSummary::unitName)
                            .thenComparing(org.integritydesk.model.CadreSummary::nameInitials))
                    .forEach(c -> todos.add(new TodoItem("todo.missingPreAppointmentTalk",
                            m.get("home.todo.missingTalkImportant", c.name(), c.unitName(), c.position()), null,
                            TALKS_TAB, c.id().toString())));
            return todos;
        });
    }

    /** This year's commitments not yet signed, by unit and name. */
    public List<TodoItem> commitmentTodos(LocalDate today, Locale locale) {
        return ifAllowed(() -> {
            Messages m = new Messages(locale);
            int year = today.getYear();
            return commitments.list(year).stream().filter(c -> !c.isSigned())
                    .map(c -> new TodoItem("todo.unsignedCommitment",
                            m.get("home.todo.unsigned", c.cadreName(), c.unitName(), year), null, COMMITMENTS_TAB,
                            c.id().toString()))
                    .toList();
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
