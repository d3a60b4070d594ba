package org.integritydesk.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.EducationActivity;

/**
 * 教育活动签到表: one sheet per activity with the expected attendees' names pre-printed, for them to
 * sign on the day. Each activity is filled on its own and the pages appended, so "共 M 页" counts
 * that activity's pages. No ID number is printed: a name and unit are what the signer looks for.
 * Call it off the JavaFX Application Thread; one instance may be shared.
 */
public final class SignInSheetReport {
    static final String TEMPLATE = "/reports/sign-in-sheet.jasper";

    private final CompiledTemplate template;

    public SignInSheetReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /**
     * One activity's sheet.
     *
     * @param organiserName the organising unit's name
     * @param place         the place in words (the education base's name when the activity names none)
     * @param attendees     in print order; may be empty (a sheet with blank rows is still useful)
     */
    public record Sheet(EducationActivity activity, String organiserName, String place, List<Attendee> attendees) {
    }

    /**
     * @param sheets     the activities, in print order; at least one
     * @param bureauName printed in each header and set as the PDF's author
     * @param progress   told {@code (done, total)} after each activity
     * @param cancelled  asked before each activity; true stops the fill with {@link ReportCancelledException}
     */
    public RenderedReport fill(List<Sheet> sheets, String bureauName, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("no activity to print");
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        JasperPrint combined = null;
        for (int i = 0; i < sheets.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new ReportCancelledException(i, sheets.size());
            }
            JasperPrint sheet = fillOne(sheets.get(i), bureauName, locale, messages);
            combined = Pages.append(combined, sheet);
            progress.progress(i + 1, sheets.size());
        }
        String title = messages.text("signIn.title");
        combined.setName(title);
        return new RenderedReport(combined, title, bureauName, GlyphCoverage.missingIn(textsOf(sheets, bureauName)));
    }

    private JasperPrint fillOne(Sheet sheet, String bureauName, Locale locale, ReportMessages messages) {
        EducationActivity activity = sheet.activity();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("BUREAU_NAME", bureauName);
        parameters.put("TITLE", activity.title());
        parameters.put("KIND", messages.text(activity.kind().messageKey()));
        parameters.put("HOURS", messages.format("signIn.hoursValue", plain(activity.hours())));
        parameters.put("TIME", DateTimeFormatter.ofPattern(messages.text("signIn.timePattern"), locale)
                .format(activity.startsAt()));
        parameters.put("PLACE", sheet.place());
        parameters.put("ORGANISER", sheet.organiserName());
        parameters.put("SPEAKER", activity.speaker());
        parameters.put("EXPECTED", sheet.attendees().size());
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Attendee attendee : sheet.attendees()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", attendee.name());
            row.put("unit", attendee.unitName());
            row.put("position", attendee.position());
            row.put("note", null);
            rows.add(row);
        }
        return template.fill(parameters, new JRMapCollectionDataSource(rows));
    }

    /** "2", "1.5": hours as the office writes them. */
    static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static List<String> textsOf(List<Sheet> sheets, String bureauName) {
        return Stream.concat(Stream.of(bureauName), sheets.stream().flatMap(s -> Stream.concat(
                        Stream.of(s.activity().title(), s.activity().speaker(), s.place(), s.organiserName()),
                        s.attendees().stream().flatMap(a -> Stream.of(a.name(), a.unitName(), a.position())))))
                .filter(Objects::nonNull).toList();
    }
}
