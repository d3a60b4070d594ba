package org.integritydesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.integritydesk.cli.CliServices;
import org.integritydesk.cli.bench.BenchContext;
import org.integritydesk.cli.bench.Figure;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.cli.bench.Samples;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.ui.commitment.CommitmentListViewModel;
import org.integritydesk.ui.education.EducationViewModel;
import org.integritydesk.ui.print.PreviewOpener;
import org.integritydesk.ui.rectification.RectificationListViewModel;
import org.integritydesk.ui.supervision.SupervisionListViewModel;
import org.integritydesk.ui.talk.TalkListViewModel;

/**
 * {@code tab-open-TAB-ms first=.. p50=..} and {@code tab-search-TAB-ms p50=.. p95=..}: a
 * feature tab's list as its own view-model loads it (what the user waits for when the tab is first
 * shown, and again on each reload), then keystrokes in its search box up to the rows a table
 * shows. Like {@link SearchKeystrokeMeasurement}, it drives the view-model without a window.
 */
final class TabMeasurement implements Measurement {
    private static final int OPENS = 6;
    private static final int TYPISTS = 8;
    private static final int ROWS_ON_SCREEN = 30;

    /** One tab's list, as its view-model keeps it. */
    interface ListTab {
        /** Loads the list as the tab does when it is first shown. */
        void open();

        StringProperty searchText();

        List<?> visibleRows();

        /** What someone looking for this row would type: a title, a name. */
        String wordFor(Object row);

        /** Lets the work the tab does ahead of need finish, as it does while the user reads the screen. */
        default void settle() {
        }
    }

    private final String tab;
    private final Function<BenchContext, ListTab> tabs;

    private TabMeasurement(String tab, Function<BenchContext, ListTab> tabs) {
        this.tab = tab;
        this.tabs = tabs;
    }

    /** The list tabs of the feature areas, each through its own view-model. */
    static List<Measurement> featureTabs() {
        return List.of(new TabMeasurement("education", TabMeasurement::education),
                new TabMeasurement("talks", TabMeasurement::talks),
                new TabMeasurement("commitments", TabMeasurement::commitments),
                new TabMeasurement("supervision", TabMeasurement::supervision),
                new TabMeasurement("rectification", TabMeasurement::rectification));
    }

    @Override
    public String name() {
        return "tab-" + tab;
    }

    @Override
    public void run(BenchContext context) {
        Samples opens = new Samples();
        ListTab list = null;
        for (int i = 0; i < OPENS; i++) {
            long start = System.nanoTime();
            list = tabs.apply(context);
            list.open();
            opens.add(System.nanoTime() - start);
        }
        list.settle();
        List<?> rows = List.copyOf(list.visibleRows());
        context.print(new Figure("tab-open-" + tab + "-ms").millis("first", opens.first())
                .spread(opens).with("rows", rows.size()));
        context.keepOpen(list);
        if (rows.isEmpty()) {
            return;
        }
        Samples keystrokes = new Samples();
        for (String text : typedTexts(context, list, rows)) {
            long start = System.nanoTime();
            list.searchText().set(text);
            touchRowsOnScreen(list.visibleRows());
            keystrokes.add(System.nanoTime() - start);
        }
        context.print(new Figure("tab-search-" + tab + "-ms").spread(keystrokes));
    }

    private static List<String> typedTexts(BenchContext context, ListTab list, List<?> rows) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TYPISTS; i++) {
            String word = list.wordFor(rows.get(context.random().nextInt(rows.size())));
            if (word != null && !word.isBlank()) {
                SearchKeystrokeMeasurement.typeAndErase(texts, SearchKeystrokeMeasurement.prefix(word.strip(), 4));
            }
        }
        return texts;
    }

    private static int touchRowsOnScreen(List<?> rows) {
        int hash = 0;
        for (int i = 0; i < Math.min(ROWS_ON_SCREEN, rows.size()); i++) {
            hash += rows.get(i).hashCode();
        }
        return hash;
    }

    private static ListTab education(BenchContext context) {
        CliServices services = context.services();
        EducationViewModel model = new EducationViewModel(services.education(), services.units(),
                new BenchViewModels.RunAtOnce(), new BenchViewModels.NoDialogs(), context.messages());
        return tab(model::start, model.searchTextProperty(), model.activities(),
                row -> ((ActivitySummary) row).title());
    }

    private static ListTab talks(BenchContext context) {
        CliServices services = context.services();
        TalkListViewModel model = new TalkListViewModel(services.talks(), services.units(),
                new BenchViewModels.RunAtOnce(), new BenchViewModels.NoDialogs(), context.messages(), context.year(), false);
        return tab(model::reload, model.searchTextProperty(), model.visibleTalks(),
                row -> ((TalkSummary) row).cadreName());
    }

    private static ListTab commitments(BenchContext context) {
        CliServices services = context.services();
        CommitmentListViewModel model = new CommitmentListViewModel(services.commitments(), services.units(),
                new BenchViewModels.RunAtOnce(), new BenchViewModels.NoDialogs(), context.messages(), context.year(), false);
        return tab(model::reload, model.searchTextProperty(), model.visibleCommitments(),
                row -> ((CommitmentSummary) row).cadreName());
    }

    private static ListTab supervision(BenchContext context) {
        CliServices services = context.services();
        SupervisionListViewModel model = new SupervisionListViewModel(services.supervision(),
                new BenchViewModels.RunAtOnce(), new BenchViewModels.NoDialogs(), context.messages(), noPreview(), false);
        return tab(model::reload, model.searchTextProperty(), model.visibleVisits(),
                row -> ((SupervisionVisit) row).unitName());
    }

    private static ListTab rectification(BenchContext context) {
        CliServices services = context.services();
        BenchViewModels.RunAtOnce runner = new BenchViewModels.RunAtOnce();
        RectificationListViewModel model = new RectificationListViewModel(services.rectifications(), services.units(),
                runner, new BenchViewModels.NoDialogs(), context.messages(), noPreview(), false);
        return tab(model::reload, model.searchTextProperty(), model.visibleItems(),
                row -> ((LedgerKey) row).description(), runner::runAhead);
    }

    private static ListTab tab(Runnable open, StringProperty search, List<?> rows, Function<Object, String> word) {
        return tab(open, search, rows, word, () -> { });
    }

    private static ListTab tab(Runnable open, StringProperty search, List<?> rows, Function<Object, String> word,
            Runnable settle) {
        return new ListTab() {
            @Override
            public void open() {
                open.run();
            }

            @Override
            public StringProperty searchText() {
                return search;
            }

            @Override
            public List<?> visibleRows() {
                return rows;
            }

            @Override
            public String wordFor(Object row) {
                return word.apply(row);
            }

            @Override
            public void settle() {
                settle.run();
            }
        };
    }

    private static PreviewOpener noPreview() {
        return (title, name, fill) -> {
            throw new IllegalStateException("the bench opens no preview");
        };
    }
}
