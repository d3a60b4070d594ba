package org.integritydesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;

/**
 * 党风廉政建设责任分解表: a year's responsibility tasks as filtered, A4 landscape — task, responsible
 * unit and leading cadre, deadline, each quarter's progress (完成 / 未完成 and 落实情况) and where the
 * task stands. The template is loaded once, when this is made; fill it off the JavaFX thread.
 */
public final class ResponsibilityReport {
    private final CompiledTemplate template = CompiledTemplate.load("/reports/responsibility.jasper");

    /**
     * @param today decides which tasks print as overdue
     */
    public RenderedReport table(List<ResponsibilityTask> tasks, String bureauName, int year, String filterText,
            LocalDate today, Locale locale) {
        ReportMessages m = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long overdue = 0;
        long completed = 0;
        int n = 0;
        for (ResponsibilityTask t : tasks) {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", String.valueOf(++n));
            row.put("category", m.text(t.category().messageKey()));
            row.put("task", AuditText.maskIdNumbers(t.text()));
            row.put("unit", t.unitName());
            row.put("leader", t.leaderName());
            row.put("deadline", t.deadline().toString());
            for (Quarter q : Quarter.values()) {
                row.put(q.name().toLowerCase(Locale.ROOT), t.progressOf(q).map(p -> cell(m, p)).orElse(null));
                t.progressOf(q).ifPresent(p -> texts.add(p.note()));
            }
            ResponsibilityStatus status = t.status(today);
            if (status == ResponsibilityStatus.OVERDUE) {
                overdue++;
            } else if (status == ResponsibilityStatus.COMPLETED) {
                completed++;
            }
            row.put("status", m.text(status.messageKey()));
            rows.add(row);
            texts.add(t.text());
            texts.add(t.unitName());
            texts.add(t.leaderName());
        }
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, m.bundle());
        p.put("BUREAU_NAME", bureauName);
        p.put("TITLE", m.format("responsibility.title", year));
        p.put("FILTER_TEXT", filterText == null || filterText.isBlank() ? m.text("responsibility.filter.none")
                : AuditText.maskIdNumbers(filterText));
        p.put("SUMMARY_TEXT", m.format("responsibility.summary", tasks.size(), completed, overdue));
        p.put("PRINTED_ON", m.date(today));
        JasperPrint print = template.fill(p, new JRMapCollectionDataSource(rows));
        String title = m.format("responsibility.title", year);
        print.setName(title);
        texts.add(filterText);
        texts.add(bureauName);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    private static String cell(ReportMessages m, ResponsibilityProgress p) {
        return m.text(p.result().messageKey()) + "\n" + AuditText.maskIdNumbers(p.note());
    }
}
