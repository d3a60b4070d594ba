package org.integritydesk.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.AuditText;

/**
 * 审计日志: audit events as a ruled table on A4 landscape pages ({@code reports/audit-log.jrxml}),
 * headed with the bureau and the filter in words, and footed with the page count and who exported
 * it when. Slow for many events (20,000 events, about 1,000 pages, took 6 s to fill and 8 s to write
 * here): call it off the JavaFX thread. One instance may be shared; the template is loaded once.
 *
 * <p>Every text from the trail, user names included, passes through {@link AuditText#maskIdNumbers}
 * once more: the trail stores labels, values and purposes masked already, a user name could still be
 * shaped like an ID number, and a printout is the last place a whole one may slip out.
 */
public final class AuditLogReport {
    static final String TEMPLATE = "/reports/audit-log.jasper";
    /** The same in every language: a log is read across offices, and it sorts as text. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final CompiledTemplate template;

    public AuditLogReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /**
     * What the first page and every footer say about the export.
     *
     * @param bureauName the bureau, in the header and as the PDF's author
     * @param filterText the filter in words, in the report's language ("用户：inspector；操作：查阅")
     * @param exportedBy the user name of who exports
     * @param exportedAt when; shown in {@code zone}
     */
    public record Heading(String bureauName, String filterText, String exportedBy, Instant exportedAt) {
    }

    /**
     * @param events the events in the order to print them (the export prints oldest first); may be empty
     * @param zone   the office's time zone, in which every time is shown
     * @param locale Chinese ({@link Locale#CHINA} or any {@code zh}) or English
     */
    public RenderedReport fill(List<AuditEvent> events, Heading heading, ZoneId zone, Locale locale) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        ReportMessages messages = ReportMessages.forLocale(locale);
        DateTimeFormatter time = TIME.withZone(zone);
        List<Map<String, ?>> rows = new ArrayList<>(events.size());
        List<String> texts = new ArrayList<>();
        for (AuditEvent event : events) {
            Map<String, Object> row = row(event, messages, time);
            rows.add(row);
            texts.add((String) row.get("actor"));
            texts.add((String) row.get("record"));
            texts.add((String) row.get("purpose"));
            texts.add((String) row.get("change"));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("BUREAU_NAME", heading.bureauName());
        parameters.put("FILTER_TEXT", AuditText.maskIdNumbers(heading.filterText()));
        parameters.put("EVENT_COUNT", events.size());
        parameters.put("EXPORTED_AT", time.format(heading.exportedAt()));
        parameters.put("EXPORTED_BY", AuditText.maskIdNumbers(heading.exportedBy()));
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        JasperPrint print = template.fill(parameters, new JRMapCollectionDataSource(rows));
        String title = messages.text("auditLog.title");
        print.setName(title);
        texts.add(heading.bureauName());
        texts.add(heading.filterText());
        texts.add(heading.exportedBy());
        return new RenderedReport(print, title, heading.bureauName(),
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    private static Map<String, Object> row(AuditEvent event, ReportMessages messages, DateTimeFormatter time) {
        Map<String, Object> row = new HashMap<>();
        row.put("sequence", Long.toString(event.sequence()));
        row.put("time", time.format(event.occurredAt()));
        row.put("actor", AuditText.maskIdNumbers(event.actor()));
        row.put("kind", event.kind() == null ? messages.text("auditLog.unknownKind") : messages.text(event.kind().messageKey()));
        row.put("record", AuditText.maskIdNumbers(record(event, messages)));
        row.put("purpose", AuditText.maskIdNumbers(event.purpose()));
        row.put("change", AuditText.maskIdNumbers(change(event.before(), event.after())));
        return row;
    }

    /** "干部档案：张三"; a record type this version does not know shows as its stored code. */
    static String record(AuditEvent event, ReportMessages messages) {
        String type = AuditRecordType.ofCode(event.recordType()).map(t -> messages.text(t.messageKey()))
                .orElse(event.recordType());
        String label = event.recordLabel();
        if (label == null || label.isBlank()) {
            return type;
        }
        return messages.format("auditLog.record", type, label);
    }

    /** "before → after" when both exist, else whichever does; null when neither. */
    static String change(String before, String after) {
        if (before != null && after != null) {
            return before + " → " + after;
        }
        return before != null ? before : after;
    }
}
