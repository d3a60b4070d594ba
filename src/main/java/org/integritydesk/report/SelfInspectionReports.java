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
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;

/**
 * The printed forms of special self-inspection (专项自查): the 专项自查表, one blank sheet per cadre
 * with the checklist, ready to fill and sign; and the campaign's 汇总表 (progress per unit, the 有
 * per item). Templates are loaded once, when this is made; call it off the JavaFX thread.
 */
public final class SelfInspectionReports {
    private final CompiledTemplate form = CompiledTemplate.load("/reports/self-inspection-form.jasper");
    private final CompiledTemplate summary = CompiledTemplate.load("/reports/self-inspection-summary.jasper");

    /**
     * One sheet per declaration, in the order given, appended into one document.
     *
     * @param maskedIds each cadre's ID number, already masked, by cadre id
     */
    public RenderedReport forms(SelfInspectionCampaign campaign, List<SelfInspectionDeclaration> declarations,
            Map<java.util.UUID, String> maskedIds, String bureauName, Locale locale) {
        if (declarations == null || declarations.isEmpty()) {
            throw new IllegalArgumentException("no cadres to print");
        }
        ReportMessages m = ReportMessages.forLocale(locale);
        JasperPrint combined = null;
        List<String> texts = new ArrayList<>(campaign.items());
        texts.add(campaign.title());
        texts.add(campaign.description());
        for (SelfInspectionDeclaration d : declarations) {
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int i = 0; i < campaign.items().size(); i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("no", String.valueOf(i + 1));
                row.put("item", campaign.items().get(i));
                row.put("answer", m.text("selfInspection.form.boxes"));
                row.put("explanation", null);
                rows.add(row);
            }
            Map<String, Object> p = base(m, bureauName, locale, campaign);
            p.put("CADRE", d.cadreName());
            p.put("UNIT", d.unitName());
            p.put("POSITION", d.position());
            p.put("ID_NUMBER", AuditText.maskIdNumbers(maskedIds.get(d.cadreId())));
            p.put("INTRO", campaign.description() == null ? m.text("selfInspection.form.intro")
                    : AuditText.maskIdNumbers(campaign.description()));
            texts.add(d.cadreName());
            texts.add(d.unitName());
            texts.add(d.position());
            JasperPrint sheet = form.fill(p, new JRMapCollectionDataSource(rows));
            if (combined == null) {
                combined = sheet;
            } else {
                for (JRPrintPage page : sheet.getPages()) {
                    combined.addPage(page);
                }
            }
        }
        return rendered(combined, m.text("selfInspection.form.title"), bureauName, texts);
    }

    /** 专项自查情况汇总表 of the declarations given (those the user may see). */
    public RenderedReport summary(SelfInspectionCampaign campaign, List<SelfInspectionDeclaration> declarations,
            String bureauName, LocalDate today, Locale locale) {
        ReportMessages m = ReportMessages.forLocale(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>(campaign.items());
        texts.add(campaign.title());
        List<CampaignProgress> progress = CampaignProgress.of(declarations, m.text("selfInspection.summary.total"));
        for (CampaignProgress p : progress) {
            Map<String, Object> row = new HashMap<>();
            row.put("unit", p.unitName());
            row.put("cadres", String.valueOf(p.cadres()));
            row.put("declared", String.valueOf(p.declared()));
            row.put("pending", String.valueOf(p.pending()));
            row.put("issues", String.valueOf(p.withIssues()));
            rows.add(row);
            texts.add(p.unitName());
        }
        List<String> perItem = new ArrayList<>();
        for (int i = 0; i < campaign.items().size(); i++) {
            int position = i + 1;
            long count = declarations.stream().flatMap(d -> d.answers().stream())
                    .filter(a -> a.position() == position && a.issue()).count();
            perItem.add(m.format("selfInspection.summary.item", position, campaign.items().get(i), count));
        }
        CampaignProgress total = progress.get(progress.size() - 1);
        long issues = declarations.stream().flatMap(d -> d.answers().stream()).filter(DeclarationAnswer::issue).count();
        Map<String, Object> p = base(m, bureauName, locale, campaign);
        p.put("ITEMS_TEXT", m.text("selfInspection.summary.items") + "\n" + String.join("\n", perItem));
        p.put("SUMMARY_TEXT", m.format("selfInspection.summary.text", total.cadres(), total.declared(), total.pending(),
                issues));
        p.put("PRINTED_ON", m.date(today));
        JasperPrint print = summary.fill(p, new JRMapCollectionDataSource(rows));
        return rendered(print, m.text("selfInspection.summary.title"), bureauName, texts);
    }

    private static Map<String, Object> base(ReportMessages m, String bureauName, Locale locale,
            SelfInspectionCampaign campaign) {
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put("CAMPAIGN_TITLE", campaign.title());
        p.put("NUMBER", campaign.number());
        p.put("PERIOD", m.date(campaign.startsOn()) + " — " + m.date(campaign.endsOn()));
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, m.bundle());
        return p;
    }

    private static RenderedReport rendered(JasperPrint print, String title, String bureauName, List<String> texts) {
        print.setName(title);
        List<String> all = new ArrayList<>(texts);
        all.add(bureauName);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(all.stream().filter(Objects::nonNull).toList()));
    }
}
