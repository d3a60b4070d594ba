package org.integritydesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.integritydesk.model.AuditText;
import org.integritydesk.model.DueState;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitFinding;

/**
 * The printed forms of issue 5: 整改通知书 (one ledger item, to its responsible unit, with a reply
 * slip), 整改台账 (the ledger, landscape) and 监督检查记录表 (one visit per sheet). Templates are
 * loaded once, when this is made; filling takes a moment: call it off the JavaFX thread.
 */
public final class RectificationReports {
    private final CompiledTemplate notice = CompiledTemplate.load("/reports/rectification-notice.jasper");
    private final CompiledTemplate ledger = CompiledTemplate.load("/reports/rectification-ledger.jasper");
    private final CompiledTemplate visit = CompiledTemplate.load("/reports/supervision-record.jasper");

    /** 整改通知书 for {@code item}, dated {@code issuedOn}. */
    public RenderedReport notice(Rectification item, String bureauName, LocalDate issuedOn, Locale locale) {
        Objects.requireNonNull(item, "item");
        ReportMessages m = ReportMessages.forLocale(locale);
        List<String> texts = new ArrayList<>();
        JasperPrint print = fillNotice(item, bureauName, issuedOn, locale, m, texts);
        return rendered(print, m.text("notice.title"), bureauName, texts);
    }

    /** The 整改通知书 of several items, one after the other, each numbered on its own ("第 1 页 共 1 页"). */
    public RenderedReport notices(List<Rectification> items, String bureauName, LocalDate issuedOn, Locale locale) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("no items to print");
        }
        ReportMessages m = ReportMessages.forLocale(locale);
        List<String> texts = new ArrayList<>();
        JasperPrint combined = null;
        for (Rectification item : items) {
            combined = Pages.append(combined, fillNotice(item, bureauName, issuedOn, locale, m, texts));
        }
        return rendered(combined, m.text("notice.title"), bureauName, texts);
    }

    private JasperPrint fillNotice(Rectification item, String bureauName, LocalDate issuedOn, Locale locale,
            ReportMessages m, List<String> texts) {
        List<Map<String, ?>> rows = new ArrayList<>();
        row(rows, m.text("notice.row.source"), label(m, item.source()));
        row(rows, m.text("notice.row.foundOn"), m.date(item.foundOn()));
        row(rows, m.text("notice.row.unit"), item.unitName());
        row(rows, m.text("notice.row.cadre"), item.cadreName() == null ? m.text("notice.none") : item.cadreName());
        row(rows, m.text("notice.row.category"), label(m, item.category()));
        row(rows, m.text("notice.row.severity"), label(m, item.severity()));
        row(rows, m.text("notice.row.description"), AuditText.maskIdNumbers(item.description()));
        row(rows, m.text("notice.row.measures"), AuditText.maskIdNumbers(item.measures()));
        row(rows, m.text("notice.row.response"), label(m, item.response())
                + (item.returnVisitDate() == null ? "" : m.format("notice.returnVisit", m.date(item.returnVisitDate()))));
        row(rows, m.text("notice.row.responsible"), item.responsiblePerson());
        row(rows, m.text("notice.row.deadline"), m.date(item.deadline()));
        Map<String, Object> p = base(m, bureauName, locale);
        p.put("NUMBER", item.number());
        p.put("ADDRESSEE", item.responsibleUnitName());
        p.put("INTRO", m.format("notice.intro", label(m, item.source()), m.date(item.foundOn())));
        p.put("REQUEST", m.format("notice.request", m.date(item.deadline())));
        p.put("ISSUED_ON", m.date(issuedOn));
        JasperPrint print = notice.fill(p, new JRMapCollectionDataSource(rows));
        rows.forEach(r -> texts.add((String) r.get("value")));
        texts.add(item.responsibleUnitName());
        return print;
    }

    /**
     * 整改台账: the items in the order given, headed with the filter in words.
     *
     * @param today decides which items print as overdue
     */
    public RenderedReport ledger(List<Rectification> items, String bureauName, String filterText, LocalDate today,
            Locale locale) {
        ReportMessages m = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long overdue = 0;
        for (Rectification r : items) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", r.number());
            row.put("foundOn", iso(r.foundOn()));
            row.put("source", label(m, r.source()));
            row.put("unit", r.unitName());
            row.put("cadre", r.cadreName());
            row.put("description", AuditText.maskIdNumbers(r.description()));
            row.put("severity", label(m, r.severity()));
            row.put("measures", AuditText.maskIdNumbers(r.measures()));
            row.put("responsible", r.responsibleUnitName() + "\n" + r.responsiblePerson());
            row.put("deadline", iso(r.deadline()));
            DueState due = r.dueState(today);
            String status = label(m, r.status());
            if (due == DueState.OVERDUE) {
                status += "\n" + m.text("ledger.overdue");
                overdue++;
            }
            row.put("status", status);
            row.put("verification", r.status() == RectificationStatus.VERIFIED
                    ? r.verifiedBy() + "\n" + iso(r.verifiedOn()) : null);
            rows.add(row);
            texts.add(r.description());
            texts.add(r.measures());
            texts.add(r.cadreName());
            texts.add(r.responsiblePerson());
        }
        Map<String, Object> p = base(m, bureauName, locale);
        p.put("FILTER_TEXT", filterText == null || filterText.isBlank() ? m.text("ledger.filter.none")
                : AuditText.maskIdNumbers(filterText));
        p.put("SUMMARY_TEXT", m.format("ledger.summary", items.size(), overdue));
        p.put("PRINTED_ON", m.date(today));
        JasperPrint print = ledger.fill(p, new JRMapCollectionDataSource(rows));
        texts.add(filterText);
        return rendered(print, m.text("ledger.title"), bureauName, texts);
    }

    /** 监督检查记录表: one sheet per visit, in the order given, appended into one document. */
    public RenderedReport visitRecords(List<SupervisionVisit> visits, String bureauName, Locale locale) {
        if (visits == null || visits.isEmpty()) {
            throw new IllegalArgumentException("no visits to print");
        }
        ReportMessages m = ReportMessages.forLocale(locale);
        JasperPrint combined = null;
        List<String> texts = new ArrayList<>();
        for (SupervisionVisit v : visits) {
            List<Map<String, ?>> rows = new ArrayList<>();
            for (VisitFinding f : v.findings()) {
                Map<String, Object> row = new HashMap<>();
                row.put("area", label(m, f.area()));
                row.put("result", m.text(f.problem() ? "visit.result.problem" : "visit.result.none"));
                row.put("description", AuditText.maskIdNumbers(f.description()));
                row.put("cadre", f.cadreName());
                row.put("severity", f.severity() == null ? null : label(m, f.severity()));
                row.put("deadline", iso(f.deadline()));
                row.put("item", f.itemNumber());
                rows.add(row);
                texts.add(f.description());
                texts.add(f.cadreName());
            }
            Map<String, Object> p = base(m, bureauName, locale);
            p.put("NUMBER", v.number());
            p.put("VISIT_DATE", m.date(v.visitDate()));
            p.put("KIND", label(m, v.kind()));
            p.put("UNIT", v.unitName());
            p.put("GROUP", label(m, v.group()));
            p.put("MEMBERS", v.members());
            p.put("RESPONSIBLE", v.responsiblePerson());
            p.put("NOTES", AuditText.maskIdNumbers(v.notes()));
            texts.add(v.members());
            texts.add(v.responsiblePerson());
            texts.add(v.notes());
            texts.add(v.unitName());
            JasperPrint sheet = visit.fill(p, new JRMapCollectionDataSource(rows));
            if (combined == null) {
                combined = sheet;
            } else {
                for (JRPrintPage page : sheet.getPages()) {
                    combined.addPage(page);
                }
            }
        }
        return rendered(combined, m.text("visit.title"), bureauName, texts);
    }

    /** Dates in a narrow table column: 2025-03-15 in every language. */
    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, Object> base(ReportMessages m, String bureauName, Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, m.bundle());
        return p;
    }

    private static void row(List<Map<String, ?>> rows, String label, String value) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put("value", value);
        rows.add(row);
    }

    private static String label(ReportMessages m, Labelled value) {
        return value == null ? "" : m.text(value.messageKey());
    }

    private static RenderedReport rendered(JasperPrint print, String title, String bureauName, List<String> texts) {
        print.setName(title);
        List<String> all = new ArrayList<>(texts);
        all.add(bureauName);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(all.stream().filter(Objects::nonNull).toList()));
    }
}
