package org.integritydesk.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceTally;

/**
 * 教育活动台账: a year's activities, filtered as on screen, as one ruled table on A4 landscape pages
 * with each activity's attendance and the totals in the heading. One instance may be shared.
 */
public final class ActivityListReport {
    static final String TEMPLATE = "/reports/activity-list.jasper";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final CompiledTemplate template;

    public ActivityListReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /**
     * @param filterText the filter in words, in the report's language ("城关分局；党课")
     * @param printedAt  when, as the office writes it ("2026-11-26 16:30")
     */
    public record Heading(String bureauName, int year, String filterText, String printedAt) {
    }

    /** @param activities in print order; may be empty ("无相关记录") */
    public RenderedReport fill(List<ActivitySummary> activities, Heading heading, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ReportMessages messages = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        AttendanceTally total = AttendanceTally.NONE;
        for (int i = 0; i < activities.size(); i++) {
            ActivitySummary a = activities.get(i);
            total = total.plus(a.attendance());
            Map<String, Object> row = new HashMap<>();
            row.put("seq", String.valueOf(i + 1));
            row.put("time", WHEN.format(a.startsAt()));
            row.put("kind", messages.text(a.kind().messageKey()));
            row.put("title", a.title());
            row.put("organiser", a.organiserName());
            row.put("place", a.place());
            row.put("speaker", a.speaker());
            row.put("hours", SignInSheetReport.plain(a.hours()));
            row.put("expected", String.valueOf(a.attendance().expected() + a.attendance().pending()));
            row.put("present", String.valueOf(a.attendance().present()));
            row.put("leave", String.valueOf(a.attendance().onLeave()));
            row.put("absent", String.valueOf(a.attendance().absent()));
            row.put("rate", rate(a.attendance()));
            rows.add(row);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("BUREAU_NAME", heading.bureauName());
        parameters.put("YEAR", heading.year());
        parameters.put("FILTER_TEXT", heading.filterText());
        parameters.put("TOTALS_TEXT", messages.format("activityList.totals", activities.size(), total.present(), rate(total)));
        parameters.put("PRINTED_TEXT", messages.format("activityList.printed", heading.printedAt()));
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        JasperPrint print = template.fill(parameters, new JRMapCollectionDataSource(rows));
        String title = messages.format("activityList.title", heading.year());
        print.setName(title);
        List<String> texts = Stream.concat(Stream.of(heading.bureauName(), heading.filterText()),
                activities.stream().flatMap(a -> Stream.of(a.title(), a.organiserName(), a.place(), a.speaker())))
                .filter(Objects::nonNull).toList();
        return new RenderedReport(print, title, heading.bureauName(), GlyphCoverage.missingIn(texts));
    }

    private static String rate(AttendanceTally tally) {
        return tally.ratePercent().map(r -> r.toPlainString() + "%").orElse("—");
    }
}
