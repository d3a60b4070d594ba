package org.integritydesk.ui.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.service.HomeSources;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The home tab (首页): this year's key figures, the charts and the to-do list, collected from every
 * feature's {@link HomeSources} in one background task (nothing on the JavaFX thread), each source
 * on its own so one that fails leaves the others shown. Clicking a figure, a bar or a to-do line
 * opens the tab behind it through the {@link Navigator}.
 */
public final class HomeViewModel {
    /** Opens a main-window tab, filtered and with a record selected where the tab can. */
    @FunctionalInterface
    public interface Navigator {
        void open(String tabId, String filterValue, String recordId);
    }

    /** One line of the to-do list: a group's heading, a to-do, or "N more" at the end of a long group. */
    public record TodoLine(String text, Kind kind, String tabId, String recordId) {
        public enum Kind {
            HEADING, ITEM, MORE
        }
    }

    /** Lines shown per kind of to-do; the rest are behind a "N more" line that opens the tab. */
    public static final int LINES_PER_GROUP = 8;

    private final HomeSources sources;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Navigator navigator;

    private final ObservableList<HomeFigure> figures = FXCollections.observableArrayList();
    private final ObservableList<HomeChart> charts = FXCollections.observableArrayList();
    private final ObservableList<TodoLine> todos = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public HomeViewModel(HomeSources sources, TaskRunner tasks, Messages messages, Supplier<LocalDate> today,
            Navigator navigator) {
        this.sources = sources;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.navigator = navigator;
    }

    private record Snapshot(int year, List<HomeFigure> figures, List<HomeChart> charts, List<TodoGroup> todos,
            int failed) {
    }

    /** Collects everything again in the background; placeholders show meanwhile. */
    public void load() {
        LocalDate day = today.get();
        int year = day.getYear();
        title.set(messages.get("home.title", year));
        status.set(messages.get("home.loading"));
        loading.set(true);
        java.util.Locale locale = messages.locale();
        tasks.submit(ctx -> collect(year, day, locale), this::show, failure -> {
            loading.set(false);
            status.set(messages.get("home.failed"));
        });
    }

    private Snapshot collect(int year, LocalDate day, java.util.Locale locale) {
        List<HomeFigure> f = new ArrayList<>();
        List<HomeChart> c = new ArrayList<>();
        List<TodoGroup> t = new ArrayList<>();
        int failed = 0;
        for (HomeSources.Figures source : sources.figureSources()) {
            try {
                f.addAll(source.figures(year, day, locale));
            } catch (RuntimeException e) {
                failed++;
            }
        }
        for (HomeSources.Charts source : sources.chartSources()) {
            try {
                c.addAll(source.charts(year, locale));
            } catch (RuntimeException e) {
                failed++;
            }
        }
        for (HomeSources.Todos source : sources.todoSources()) {
            try {
                t.addAll(source.groups(day, locale, LINES_PER_GROUP));
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return new Snapshot(year, f, c, TodoGroup.merge(t, LINES_PER_GROUP), failed);
    }

    void show(Snapshot snapshot) {
        loading.set(false);
        figures.setAll(snapshot.figures());
        charts.setAll(snapshot.charts());
        todos.setAll(lines(snapshot.todos()));
        long count = snapshot.todos().stream().mapToLong(TodoGroup::count).sum();
        String done = count == 0 ? messages.get("home.todo.none") : messages.get("home.todo.count", count);
        status.set(snapshot.failed() == 0 ? done : done + " " + messages.get("home.partlyFailed", snapshot.failed()));
    }

    /**
     * The to-do lines: each kind's heading with its count, its first lines (most urgent first) and
     * "N more" when the kind holds more than {@link #LINES_PER_GROUP}.
     */
    List<TodoLine> lines(List<TodoGroup> groups) {
        List<TodoLine> lines = new ArrayList<>();
        for (TodoGroup group : groups) {
            lines.add(new TodoLine(messages.get("home.todo.heading", messages.get(group.categoryKey()), group.count()),
                    TodoLine.Kind.HEADING, group.tabId(), null));
            group.first().forEach(item -> lines.add(new TodoLine(item.text(), TodoLine.Kind.ITEM, item.tabId(),
                    item.recordId())));
            if (group.more() > 0) {
                lines.add(new TodoLine(messages.get("home.todo.more", group.more()), TodoLine.Kind.MORE, group.tabId(),
                        null));
            }
        }
        return lines;
    }

    /** Opens the tab behind a to-do line (a heading or "more" opens the tab only). */
    public void open(TodoLine line) {
        if (line != null && line.tabId() != null) {
            navigator.open(line.tabId(), null, line.kind() == TodoLine.Kind.ITEM ? line.recordId() : null);
        }
    }

    /** Opens the list behind a chart's bar: the chart's tab filtered by the category. */
    public void open(HomeChart chart, HomeChart.Category category) {
        if (chart != null && chart.tabId() != null) {
            navigator.open(chart.tabId(), category == null ? null : category.filterValue(), null);
        }
    }

    public void open(HomeFigure figure) {
        if (figure != null && figure.tabId() != null) {
            navigator.open(figure.tabId(), null, null);
        }
    }

    public ObservableList<HomeFigure> figures() {
        return figures;
    }

    public ObservableList<HomeChart> charts() {
        return charts;
    }

    public ObservableList<TodoLine> todos() {
        return todos;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
