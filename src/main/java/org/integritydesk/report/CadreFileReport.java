package org.integritydesk.report;

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

import org.integritydesk.model.CadreFile;

/**
 * 干部廉政档案表: prints the clean-government files of one or more cadres as one document.
 *
 * <p>Each cadre is filled on their own and the pages are appended, so the footer's "共 M 页" counts
 * the pages of that cadre's sheet, and a cancel request is honoured between two cadres. Slow (about
 * a second for the first cadre): call it off the JavaFX Application Thread. One instance may be
 * shared; the template is loaded once, when it is created.
 */
public final class CadreFileReport {
    static final String TEMPLATE = "/reports/cadre-file.jasper";

    private final CompiledTemplate template;

    public CadreFileReport() {
        this.template = CompiledTemplate.load(TEMPLATE);
    }

    /** Same as {@link #fill(List, String, int, Locale, ProgressListener, BooleanSupplier)} without progress or cancel. */
    public RenderedReport fill(List<CadreFile> files, String bureauName, int year, Locale locale) {
        return fill(files, bureauName, year, locale, ProgressListener.NONE, () -> false);
    }

    /**
     * @param files      the cadres, in print order; at least one
     * @param bureauName the unit printed in each page's header and as the PDF's author
     * @param year       the year printed in the header
     * @param locale     Chinese ({@link Locale#CHINA} or any {@code zh}) or English
     * @param progress   told {@code (done, total)} after each cadre
     * @param cancelled  asked before each cadre; when true, the fill stops with {@link ReportCancelledException}
     */
    public RenderedReport fill(List<CadreFile> files, String bureauName, int year, Locale locale,
                               ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no cadre files to print");
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        CadreFileRows rows = new CadreFileRows(messages);
        JasperPrint combined = null;
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new ReportCancelledException(i, files.size());
            }
            CadreFile file = files.get(i);
            Map<String, Object> parameters = new HashMap<>(rows.parameters(file));
            parameters.put("BUREAU_NAME", bureauName);
            parameters.put("YEAR", year);
            parameters.put(JRParameter.REPORT_LOCALE, locale);
            parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
            JasperPrint sheet = template.fill(parameters, new JRMapCollectionDataSource(rows.rows(file)));
            combined = Pages.append(combined, sheet);
            progress.progress(i + 1, files.size());
        }
        String title = messages.text("form.cadreFile.title");
        combined.setName(title);
        return new RenderedReport(combined, title, bureauName, GlyphCoverage.missingIn(textsOf(files)));
    }

    /** Every text the sheets print from the data (labels come from the bundle and are covered). */
    private static List<String> textsOf(List<CadreFile> files) {
        return files.stream()
                .flatMap(f -> Stream.of(
                        Stream.of(f.cadre().name(), f.cadre().ethnicity(), f.cadre().politicalStatus(),
                                f.cadre().education(), f.cadre().position(), f.cadre().notes(), f.unitPath()),
                        f.familyBusinesses() == null ? Stream.<String>empty()
                                : f.familyBusinesses().stream().flatMap(b -> Stream.of(b.name(), b.employerOrBusiness(), b.notes())),
                        f.laterSections() == null ? Stream.<String>empty()
                                : f.laterSections().values().stream().flatMap(List::stream)
                                        .flatMap(e -> Stream.of(e.title(), e.detail())))
                        .flatMap(texts -> texts))
                .filter(Objects::nonNull)
                .toList();
    }
}
