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

import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;

/**
 * 制度建设台账: the bureau's regulations register as a ruled table on A4 landscape pages
 * ({@code reports/regulations.jrxml}), headed with the bureau, the year (or every year) and the
 * filter, footed with "第 N 页 共 M 页" and the day it was printed. Call it off the JavaFX thread;
 * one instance may be shared, the template is loaded once.
 */
public final class RegulationRegisterReport {
    static final String TEMPLATE = "/reports/regulations.jasper";

    private final CompiledTemplate template;

    public RegulationRegisterReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /**
     * What the header says.
     *
     * @param year the year of issue shown, null for every year
     * @param kind the kind the register is limited to, null for every kind
     * @param status the status it is limited to, null for both
     * @param printedOn the day printed in the footer
     */
    public record Heading(String bureauName, Integer year, RegulationKind kind, RegulationStatus status,
            LocalDate printedOn) {
    }

    /** @param rules the rules in print order; may be empty ("无相关记录") */
    public RenderedReport fill(List<Regulation> rules, Heading heading, Locale locale) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(heading, "heading");
        ReportMessages messages = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>(rules.size());
        List<String> texts = new ArrayList<>();
        int sequence = 0;
        for (Regulation r : rules) {
            Map<String, Object> row = new HashMap<>();
            row.put("sequence", Integer.toString(++sequence));
            row.put("title", r.title());
            row.put("number", r.documentNumber());
            row.put("issued", messages.date(r.issuedOn()));
            row.put("kind", messages.text(r.kind().messageKey()));
            row.put("unit", r.issuingUnit());
            row.put("status", r.status() == RegulationStatus.REPEALED
                    ? messages.format("regulations.repealedOn", messages.date(r.repealedOn()))
                    : messages.text(r.status().messageKey()));
            rows.add(row);
            texts.add(r.title());
            texts.add(r.documentNumber());
            texts.add(r.issuingUnit());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("BUREAU_NAME", heading.bureauName());
        parameters.put("YEAR_TEXT", heading.year() == null ? messages.text("regulations.allYears")
                : messages.format("form.year", heading.year()));
        parameters.put("FILTER_TEXT", filterText(heading, messages));
        parameters.put("ROW_COUNT", rules.size());
        parameters.put("PRINTED_ON", messages.date(heading.printedOn()));
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        JasperPrint print = template.fill(parameters, new JRMapCollectionDataSource(rows));
        String title = messages.text("regulations.title");
        print.setName(title);
        texts.add(heading.bureauName());
        return new RenderedReport(print, title, heading.bureauName(),
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    private static String filterText(Heading heading, ReportMessages messages) {
        String kind = heading.kind() == null ? messages.text("regulations.any") : messages.text(heading.kind().messageKey());
        String status = heading.status() == null ? messages.text("regulations.any")
                : messages.text(heading.status().messageKey());
        return messages.format("regulations.filter", kind, status);
    }
}
