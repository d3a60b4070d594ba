package org.integritydesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.integritydesk.model.HomeChart;
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
    }

    /** One feature's charts for a year, in the reader's language. */
    @FunctionalInterface
    public interface Charts {
        List<HomeChart> charts(int year);
    }

    private final List<Todos> todos = new CopyOnWriteArrayList<>();
    private final List<Charts> charts = new CopyOnWriteArrayList<>();

    public void addTodos(Todos source) {
        todos.add(source);
    }

    public void addCharts(Charts source) {
        charts.add(source);
    }

    public List<Todos> todoSources() {
        return List.copyOf(todos);
    }

    public List<Charts> chartSources() {
        return List.copyOf(charts);
    }
}
