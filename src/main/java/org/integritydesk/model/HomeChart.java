package org.integritydesk.model;

import java.util.List;

/**
 * One chart of the home tab: categories (units, cadre categories, grades...) along one axis, one or
 * more series of values; clicking a category opens {@code tabId} filtered by that category's
 * {@code filterValue}.
 *
 * @param title       the chart's title, already in the reader's language
 * @param tabId       the main-window tab that lists the records behind the chart
 * @param seriesNames the series' names in the reader's language (one name for a plain bar chart)
 * @param categories  the bars, in the order shown
 */
public record HomeChart(String title, String tabId, List<String> seriesNames, List<Category> categories) {
    public HomeChart {
        seriesNames = List.copyOf(seriesNames);
        categories = List.copyOf(categories);
    }

    /**
     * One category: its label, the value to filter the tab by (a unit code, a grade...), and one
     * value per series.
     */
    public record Category(String label, String filterValue, List<Double> values) {
        public Category {
            values = List.copyOf(values);
        }
    }
}
