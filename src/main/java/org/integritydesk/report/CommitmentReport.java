package org.integritydesk.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;

import org.integritydesk.model.IdNumber;

/**
 * 廉政承诺书: one cadre's commitment for one year, ready to sign; a unit's commitments are appended
 * into one document (so "共 M 页" counts one cadre's pages, and cancel is honoured between cadres).
 * The text is {@code commitment.text} of the report bundle with the cadre's name, unit, year and
 * position put in. Slow: call it off the JavaFX Application Thread.
 */
public final class CommitmentReport {
    static final String TEMPLATE = "/reports/commitment.jasper";

    /** One commitment as printed: the ID number is printed masked whatever is passed. */
    public record Sheet(String unitName, String cadreName, IdNumber idNumber, String position, int year) {
    }

    private final CompiledTemplate template;

    public CommitmentReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /** The commitment text of one cadre, as printed. */
    public static String text(Sheet sheet, Locale locale) {
        return ReportMessages.forLocale(locale).format("commitment.text", sheet.cadreName(), sheet.unitName(),
                sheet.year(), sheet.position());
    }

    public RenderedReport fill(List<Sheet> sheets, String bureauName, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("no commitments to print");
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        JasperPrint combined = null;
        for (int i = 0; i < sheets.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new ReportCancelledException(i, sheets.size());
            }
            Sheet s = sheets.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("BUREAU_NAME", bureauName);
            p.put("YEAR", s.year());
            p.put("UNIT", s.unitName());
            p.put("NAME", s.cadreName());
            p.put("ID_NUMBER", s.idNumber() == null ? "" : s.idNumber().masked());
            p.put("POSITION", s.position());
            p.put("TEXT", messages.format("commitment.text", s.cadreName(), s.unitName(), s.year(), s.position()));
            p.put(JRParameter.REPORT_LOCALE, locale);
            p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
            combined = TalkRecordReport.append(combined, template.fill(p, new JREmptyDataSource(1)));
            progress.progress(i + 1, sheets.size());
        }
        String title = messages.text("form.commitment.title");
        combined.setName(title);
        List<String> texts = sheets.stream().flatMap(s -> Stream.of(s.unitName(), s.cadreName(), s.position()))
                .filter(Objects::nonNull).toList();
        return new RenderedReport(combined, title, bureauName, GlyphCoverage.missingIn(texts));
    }
}
