package org.integritydesk.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.transformation.SortedList;
import org.integritydesk.cli.CliServices;
import org.integritydesk.cli.bench.BenchContext;
import org.integritydesk.cli.bench.Figure;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.cli.bench.Samples;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.ui.cadre.CadreListViewModel;

/**
 * {@code search-keystroke-ms first=.. p50=.. p95=.. max=..}: from a keystroke in the search box to
 * the rows the table shows. It drives the cadre tab's own {@link CadreListViewModel} (its filter
 * runs over every loaded cadre in memory) through a {@link SortedList}, as {@code CadreView}
 * hands it to the table, and reads the rows a table shows; laying out and painting those rows is
 * not included. JavaFX properties and collections work without a running toolkit.
 *
 * <p>This lives in {@code app} rather than {@code cli} because it needs the ui layer and JavaFX,
 * which the layer rules keep out of {@code cli}; the composition root hands it to {@code bench}.
 */
final class SearchKeystrokeMeasurement implements Measurement {
    private static final int TYPISTS = 12;
    private static final int ROWS_ON_SCREEN = 30;

    private final String figure;
    private final Comparator<CadreSummary> tableOrder;

    private SearchKeystrokeMeasurement(String figure, Comparator<CadreSummary> tableOrder) {
        this.figure = figure;
        this.tableOrder = tableOrder;
    }

    /** The table as it opens: in the order loaded. */
    static SearchKeystrokeMeasurement asLoaded() {
        return new SearchKeystrokeMeasurement("search-keystroke-ms", null);
    }

    /** The table after a click on the name column's header. */
    static SearchKeystrokeMeasurement sortedByName() {
        return new SearchKeystrokeMeasurement("search-keystroke-sorted-ms", Comparator.comparing(CadreSummary::name));
    }

    @Override
    public void run(BenchContext context) {
        CliServices services = context.services();
        CadreListViewModel list = new CadreListViewModel(services.cadres(), services.units(), new BenchViewModels.RunAtOnce(),
                new BenchViewModels.NoDialogs(), context.messages());
        list.reload();
        SortedList<CadreSummary> table = new SortedList<>(list.visibleCadres(), tableOrder);
        Samples first = new Samples();
        Samples all = new Samples();
        for (String text : typedTexts(context.randomCadres(TYPISTS))) {
            long start = System.nanoTime();
            list.searchTextProperty().set(text);
            rowsOnScreen(table);
            long took = System.nanoTime() - start;
            if (first.count() == 0) {
                first.add(took);
            }
            all.add(took);
        }
        context.print(new Figure(figure).millis("first", first.max()).spread(all).with("rows", table.getSource().size()));
        if (tableOrder == null) {
            // the window has one cadre tab: the sorted run measures the same tab clicked, not a second one
            list.searchTextProperty().set("");
            context.keepOpen(list);
        }
    }

    private static int rowsOnScreen(List<CadreSummary> table) {
        int hash = 0;
        for (int i = 0; i < Math.min(ROWS_ON_SCREEN, table.size()); i++) {
            hash += table.get(i).name().length();
        }
        return hash;
    }

    /**
     * What the search box holds after each keystroke when someone looks for each cadre in four
     * ways, erasing each with backspace: pinyin initials ("z", "zh", "zhw"), the name as an input
     * method commits it, the last four characters of the ID number, and the start of the unit name.
     */
    static List<String> typedTexts(List<CadreSummary> cadres) {
        List<String> texts = new ArrayList<>();
        for (CadreSummary c : cadres) {
            typeAndErase(texts, prefix(c.nameInitials(), 3));
            typeAndErase(texts, c.name());
            String id = c.idNumber().value();
            typeAndErase(texts, id.substring(id.length() - 4));
            typeAndErase(texts, prefix(c.unitName(), 4));
        }
        return texts;
    }

    static void typeAndErase(List<String> texts, String word) {
        List<String> typed = new ArrayList<>();
        for (int end = word.offsetByCodePoints(0, 1); ; end = word.offsetByCodePoints(end, 1)) {
            typed.add(word.substring(0, end));
            if (end == word.length()) {
                break;
            }
        }
        texts.addAll(typed);
        for (int i = typed.size() - 2; i >= 0; i--) {
            texts.add(typed.get(i));
        }
        texts.add("");
    }

    static String prefix(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
