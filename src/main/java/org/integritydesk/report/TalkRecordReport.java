package org.integritydesk.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

import org.integritydesk.model.IdNumber;
import org.integritydesk.model.TalkKind;

/**
 * 廉政谈话记录表: one sheet per talk, the sheets of several talks appended into one document (so
 * "共 M 页" counts the pages of one talk, and a cancel request is honoured between two talks).
 * Slow: call it off the JavaFX Application Thread. The template is loaded once, when it is created.
 */
public final class TalkRecordReport {
    static final String TEMPLATE = "/reports/talk-record.jasper";

    /** One talk as printed: the ID number is printed masked whatever is passed. */
    public record Sheet(String unitName, String cadreName, IdNumber idNumber, String position, TalkKind kind,
            LocalDate date, String talkerName, String recorderName, String content, String statement,
            String followUp) {
    }

    private final CompiledTemplate template;

    public TalkRecordReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /**
     * @param sheets     the talks, in print order; at least one
     * @param bureauName printed in each page's header and as the PDF's author
     * @param progress   told {@code (done, total)} after each talk
     * @param cancelled  asked before each talk; when true, the fill stops with {@link ReportCancelledException}
     */
    public RenderedReport fill(List<Sheet> sheets, String bureauName, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("no talks to print");
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
            p.put("YEAR", s.date().getYear());
            p.put("UNIT", s.unitName());
            p.put("NAME", s.cadreName());
            p.put("ID_NUMBER", s.idNumber() == null ? "" : s.idNumber().masked());
            p.put("POSITION", s.position());
            p.put("KIND", messages.text(s.kind().messageKey()));
            p.put("DATE", messages.date(s.date()));
            p.put("TALKER", s.talkerName());
            p.put("RECORDER", s.recorderName());
            p.put("CONTENT", s.content());
            p.put("STATEMENT", s.statement());
            p.put("FOLLOW_UP", s.followUp());
            p.put(JRParameter.REPORT_LOCALE, locale);
            p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
            JasperPrint sheet = template.fill(p, new JREmptyDataSource(1));
            combined = append(combined, sheet);
            progress.progress(i + 1, sheets.size());
        }
        String title = messages.text("form.talk.title");
        combined.setName(title);
        List<String> texts = sheets.stream()
                .flatMap(s -> Stream.of(s.unitName(), s.cadreName(), s.position(), s.talkerName(), s.recorderName(),
                        s.content(), s.statement(), s.followUp()))
                .filter(Objects::nonNull).toList();
        return new RenderedReport(combined, title, bureauName, GlyphCoverage.missingIn(texts));
    }

    static JasperPrint append(JasperPrint combined, JasperPrint sheet) {
        if (combined == null) {
            return sheet;
        }
        for (JRPrintPage page : sheet.getPages()) {
            combined.addPage(page);
        }
        return combined;
    }
}
