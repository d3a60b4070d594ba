package org.integritydesk.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.cli.bench.BenchContext;
import org.integritydesk.cli.bench.Figure;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.model.TodoGroup;
import org.integritydesk.service.HomeSources;
import org.integritydesk.ui.home.HomeViewModel;

/**
 * {@code home-tab-ms total=.. figures=.. charts=.. todos=.. items=.. count=..}: everything the home
 * tab (首页) collects when the window opens, source by source as {@code HomeViewModel} asks them: the
 * tab a user first waits on. {@code items} is the number of to-do lines built (at most
 * {@link HomeViewModel#LINES_PER_GROUP} per kind and source), {@code count} the number of to-dos.
 */
final class HomeMeasurement implements Measurement {
    @Override
    public void run(BenchContext context) {
        if (!(context.services() instanceof AppServices services)) {
            return;
        }
        HomeSources sources = services.homeSources();
        LocalDate today = services.clock().instant().atZone(services.clock().getZone()).toLocalDate();
        int year = context.year();
        List<Object> shown = new ArrayList<>();
        long start = System.nanoTime();
        sources.figureSources().forEach(s -> shown.add(s.figures(year, today, context.messages().locale())));
        long figures = System.nanoTime();
        sources.chartSources().forEach(s -> shown.add(s.charts(year, context.messages().locale())));
        long charts = System.nanoTime();
        long items = 0;
        long count = 0;
        for (HomeSources.Todos source : sources.todoSources()) {
            for (TodoGroup group : source.groups(today, context.messages().locale(), HomeViewModel.LINES_PER_GROUP)) {
                items += group.first().size();
                count += group.count();
                shown.add(group);
            }
        }
        long todos = System.nanoTime();
        context.keepOpen(shown);
        context.print(new Figure("home-tab-ms").millis("total", todos - start).millis("figures", figures - start)
                .millis("charts", charts - figures).millis("todos", todos - charts).with("items", items)
                .with("count", count));
    }
}
