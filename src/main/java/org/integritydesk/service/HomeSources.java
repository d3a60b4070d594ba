package org.integritydesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.model.TodoItem;

/**
 * What the feature areas put on the home tab (首页): charts of the year and to-do items. The
 * composition root adds each feature's sources, so the home tab need not know the features. Every
 * source runs with the signed-in user's access (a clerk sees their unit's figures and to-dos only).
 */
public final class HomeSources {
    /** One feature's to-do items as of {@code today}, most urgent first. */
    @FunctionalInterface
    public interface Todos {
        List<TodoItem> todos(LocalDate today);

        /** In the reader's language; a source written for one language only need not override it. */
        default List<TodoItem> todos(LocalDate today, Locale locale) {
            return todos(today);
        }

        /**
         * The to-dos by kind as the tab shows them: each kind's count and its first {@code lines}
         * items. This default builds every item and cuts; a source that may hold thousands counts
         * and picks its first lines in the database instead.
         */
        default List<TodoGroup> groups(LocalDate today, Locale locale, int lines) {
            return TodoGroup.of(todos(today, locale), lines);
        }
    }

    /** One feature's charts for a year, in the reader's language. */
    @FunctionalInterface
    public interface Charts {
        List<HomeChart> charts(int year);

        /** In the reader's language; a source written for one language only need not override it. */
        default List<HomeChart> charts(int year, Locale locale) {
            return charts(year);
        }
    }

    /** One feature's key figures of a year (the row of big numbers), in the reader's language. */
    @FunctionalInterface
    public interface Figures {
        List<HomeFigure> figures(int year, LocalDate today, Locale locale);
    }

    private final List<Todos> todos = new CopyOnWriteArrayList<>();
    private final List<Charts> charts = new CopyOnWriteArrayList<>();
    private final List<Figures> figures = new CopyOnWriteArrayList<>();

    public void addTodos(Todos source) {
        todos.add(source);
    }

    public void addCharts(Charts source) {
        charts.add(source);
    }

    public void addFigures(Figures source) {
        figures.add(source);
    }

    public List<Figures> figureSources() {
        return List.copyOf(figures);
    }

    public List<Todos> todoSources() {
        return List.copyOf(todos);
    }

    public List<Charts> chartSources() {
        return List.copyOf(charts);
    }
}
