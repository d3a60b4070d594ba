package org.integritydesk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.integritydesk.model.Labelled;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.ProblemAnalysis.Counts;

/**
 * 问题整改分析表: the analysis as tables by area, severity, source and unit and the units with most
 * open items, each row with a bar (the chart) drawn in proportion to the largest row of its table.
 * The template is loaded once, when this is made; fill off the JavaFX thread.
 */
public final class ProblemAnalysisReport {
    /** How many small rectangles the longest bar of a table is drawn with (the template has as many). */
    public static final int BAR_SEGMENTS = 36;

    private final CompiledTemplate template = CompiledTemplate.load("/reports/problem-analysis.jasper");

    /**
     * @param scopeText the unit the analysis is limited to, in words; blank for every unit
     */
    public RenderedReport fill(ProblemAnalysis analysis, String bureauName, String scopeText, Locale locale) {
        Objects.requireNonNull(analysis, "analysis");
        ReportMessages m = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        String byItems = m.text("analysis.bar.items");
        section(rows, m, m.text("analysis.section.area"), byItems, Counts::items,
                analysis.byArea().stream().map(r -> new Named(label(m, r.key()), r.counts())).toList());
        section(rows, m, m.text("analysis.section.severity"), byItems, Counts::items,
                analysis.bySeverity().stream().map(r -> new Named(label(m, r.key()), r.counts())).toList());
        section(rows, m, m.text("analysis.section.source"), byItems, Counts::items,
                analysis.bySource().stream().map(r -> new Named(label(m, r.key()), r.counts())).toList());
        section(rows, m, m.text("analysis.section.unit"), byItems, Counts::items,
                analysis.byUnit().stream().map(r -> new Named(r.unitName(), r.counts())).toList());
        section(rows, m, m.text("analysis.section.mostOpen"), m.text("analysis.bar.open"), Counts::open,
                analysis.mostOpen().stream().map(r -> new Named(r.unitName(), r.counts())).toList());
        Counts t = analysis.total();
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, m.bundle());
        p.put("PERIOD_TEXT", m.format("analysis.periodText", m.date(analysis.period().from()),
                m.date(analysis.period().to())));
        p.put("SCOPE_TEXT", scopeText == null || scopeText.isBlank() ? m.text("analysis.scope.all") : scopeText);
        p.put("SUMMARY_TEXT", m.format("analysis.summary", t.items(), t.open(), t.overdue(), t.rectified(), t.closed(),
                rate(m, t), t.onTime(), t.late()));
        p.put("NOTE_TEXT", m.format("analysis.note", m.date(analysis.today())));
        p.put("PRINTED_ON", m.date(analysis.today()));
        JasperPrint print = template.fill(p, new JRMapCollectionDataSource(rows));
        String title = m.text("analysis.title");
        print.setName(title);
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> texts.add((String) r.get("name")));
        texts.add(bureauName);
        texts.add(scopeText);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    private record Named(String name, Counts counts) {
    }

    private static void section(List<Map<String, ?>> rows, ReportMessages m, String title, String barMeaning,
            ToLongFunction<Counts> barValue, List<Named> named) {
        long max = named.stream().mapToLong(n -> barValue.applyAsLong(n.counts())).max().orElse(0);
        if (named.isEmpty()) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", title);
            row.put("barMeaning", barMeaning);
            row.put("name", m.text("form.noRecords"));
            row.put("bar", 0);
            rows.add(row);
            return;
        }
        for (Named n : named) {
            Counts c = n.counts();
            Map<String, Object> row = new HashMap<>();
            row.put("section", title);
            row.put("barMeaning", barMeaning);
            row.put("name", n.name());
            row.put("items", Long.toString(c.items()));
            row.put("open", Long.toString(c.open()));
            row.put("overdue", Long.toString(c.overdue()));
            row.put("rectified", Long.toString(c.rectified()));
            row.put("onTime", Long.toString(c.onTime()));
            row.put("rate", rate(m, c));
            row.put("bar", barLength(barValue.applyAsLong(c), max));
            rows.add(row);
        }
    }

    /** The bar of {@code value} in a table whose largest value is {@code max}: 0 to {@value #BAR_SEGMENTS}. */
    static int barLength(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) value * BAR_SEGMENTS / max));
    }

    private static String rate(ReportMessages m, Counts c) {
        return c.onTimePercent().map(p -> p.toPlainString() + "%").orElse(m.text("analysis.rate.none"));
    }

    private static String label(ReportMessages m, Labelled value) {
        return m.text(value.messageKey());
    }
}
