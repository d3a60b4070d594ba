package org.integritydesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;

import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.Grade;
import org.integritydesk.model.ScoringRule;

/**
 * 党风廉政建设责任制考核表, per cadre and per unit. A batch is filled in one pass over one data source
 * (an indicator row per line, grouped by sheet), not one fill per sheet: a thousand sheets fill and
 * export in a few seconds. Progress is told and a cancel request honoured as each sheet begins.
 * Slow: call it off the JavaFX Application Thread. The templates are loaded once, when it is created.
 */
public final class AssessmentSheetReport {
    static final String CADRE_TEMPLATE = "/reports/assessment-sheet.jasper";
    static final String UNIT_TEMPLATE = "/reports/assessment-unit.jasper";

    /** One indicator line: a category (depth 0, no rule) or a leaf with its input value (null: missing) and score. */
    public record Line(int depth, String name, BigDecimal maxScore, ScoringRule rule, BigDecimal parameter,
            AssessmentInput input, BigDecimal value, BigDecimal score) {
    }

    /** One cadre's sheet; the ID number arrives masked. {@code assessors} "王芳 92.0", deductions "2.0 note". */
    public record CadreSheet(String unitName, String cadreName, String maskedId, String position, List<Line> lines,
            BigDecimal computedTotal, BigDecimal selfScore, List<String> assessors, BigDecimal assessorAverage,
            List<String> deductions, BigDecimal total, Grade grade, boolean sanctioned) {
    }

    /** One cadre's row on a unit's sheet. */
    public record UnitRow(String cadreName, String maskedId, String position, BigDecimal computedTotal,
            BigDecimal selfScore, BigDecimal assessorAverage, BigDecimal deductionTotal, BigDecimal total, Grade grade) {
    }

    public record UnitSheet(String unitName, List<UnitRow> rows) {
    }

    private final CompiledTemplate cadreTemplate;
    private final CompiledTemplate unitTemplate;

    public AssessmentSheetReport() {
        this.cadreTemplate = CompiledTemplate.load(CADRE_TEMPLATE);
        this.unitTemplate = CompiledTemplate.load(UNIT_TEMPLATE);
    }

    /**
     * @param progress  told {@code (done, total)} as each sheet begins and at the end
     * @param cancelled asked as each sheet begins; when true, the fill stops with {@link ReportCancelledException}
     */
    public RenderedReport fillCadres(List<CadreSheet> sheets, int year, String bureauName, Locale locale,
            ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("no sheets to print");
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        List<Object[]> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            CadreSheet sheet = sheets.get(s);
            String key = String.valueOf(s);
            String capNote = sheet.sanctioned() ? messages.text("assessment.capNote") : "";
            String assessors = sheet.assessors().isEmpty() ? messages.text("assessment.none")
                    : messages.format("assessment.assessorsAverage", String.join("；", sheet.assessors()),
                            text(sheet.assessorAverage()));
            String deductions = sheet.deductions().isEmpty() ? messages.text("assessment.none")
                    : String.join("；", sheet.deductions());
            String grade = messages.text(sheet.grade().messageKey());
            for (Line l : sheet.lines()) {
                boolean category = l.input() == null;
                String name = "　".repeat(Math.max(0, l.depth())) + l.name();
                rows.add(new Object[] {key, sheet.unitName(), sheet.cadreName(), sheet.maskedId(), sheet.position(), name,
                    text(l.maxScore()), category ? "" : rule(messages, l), category ? "" : value(messages, l),
                    category ? "" : text(l.score()), text(sheet.computedTotal()), text(sheet.selfScore()), assessors,
                    deductions, text(sheet.total()), grade, capNote, category});
            }
            texts.add(sheet.unitName());
            texts.add(sheet.cadreName());
            texts.add(sheet.position());
            texts.addAll(sheet.assessors());
            texts.addAll(sheet.deductions());
        }
        String[] fields = {"sheet", "unit", "name", "maskedId", "position", "indicator", "maxScore", "rule", "value",
            "score", "computedTotal", "selfScore", "assessors", "deductions", "total", "grade", "capNote", "category"};
        JasperPrint print = fill(cadreTemplate, messages, bureauName, year, locale, new Rows(fields, rows, sheets.size(),
                progress, cancelled));
        String title = messages.text("form.assessment.title");
        print.setName(title);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    public RenderedReport fillUnits(List<UnitSheet> sheets, int year, String bureauName, Locale locale,
            ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(locale, "locale");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("no sheets to print");
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        List<Object[]> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            UnitSheet sheet = sheets.get(s);
            String summary = unitSummary(messages, sheet);
            for (UnitRow r : sheet.rows()) {
                rows.add(new Object[] {String.valueOf(s), sheet.unitName(), r.cadreName(), r.maskedId(), r.position(),
                    text(r.computedTotal()), text(r.selfScore()), text(r.assessorAverage()), text(r.deductionTotal()),
                    text(r.total()), messages.text(r.grade().messageKey()), summary});
                texts.add(r.cadreName());
                texts.add(r.position());
            }
            texts.add(sheet.unitName());
        }
        String[] fields = {"sheet", "unit", "name", "maskedId", "position", "computedTotal", "selfScore", "assessorScore",
            "deductions", "total", "grade", "unitSummary"};
        JasperPrint print = fill(unitTemplate, messages, bureauName, year, locale, new Rows(fields, rows, sheets.size(),
                progress, cancelled));
        String title = messages.text("form.assessment.unitTitle");
        print.setName(title);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(texts.stream().filter(Objects::nonNull).toList()));
    }

    private static String unitSummary(ReportMessages messages, UnitSheet sheet) {
        Map<Grade, Integer> counts = new java.util.EnumMap<>(Grade.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitRow r : sheet.rows()) {
            counts.merge(r.grade(), 1, Integer::sum);
            sum = sum.add(r.total());
        }
        BigDecimal average = sheet.rows().isEmpty() ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(sheet.rows().size()), 1, RoundingMode.HALF_UP);
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            parts.add(messages.format("assessment.gradeCount", messages.text(g.messageKey()), counts.getOrDefault(g, 0)));
        }
        return messages.format("assessment.unitSummaryText", sheet.rows().size(), text(average), String.join("，", parts));
    }

    private JasperPrint fill(CompiledTemplate template, ReportMessages messages, String bureauName, int year,
            Locale locale, Rows data) {
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put("YEAR", year);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        JasperPrint print = template.fill(p, data);
        print.setProperty(ReproduciblePdf.ONE_LINE_TEXT, "true");
        if (data.stopped) {
            throw new ReportCancelledException(data.sheet, data.sheets);
        }
        data.progress.progress(data.sheets, data.sheets);
        return print;
    }

    static String rule(ReportMessages messages, Line l) {
        if (l.rule() == null) {
            return "";
        }
        return switch (l.rule()) {
            case FULL_IF_PRESENT -> messages.text("assessment.rule.present");
            case DEDUCT_PER_OCCURRENCE -> messages.format("assessment.rule.deduct", plain(l.parameter()));
            case PROPORTIONAL -> messages.format("assessment.rule.proportional", fullAt(messages, l.input(), l.parameter()));
        };
    }

    private static String fullAt(ReportMessages messages, AssessmentInput input, BigDecimal parameter) {
        return valueText(messages, input, parameter);
    }

    /** The input's value as read: a rate as a percentage, hours, a count, 是/否; 无记录 when missing. */
    static String value(ReportMessages messages, Line l) {
        if (l.value() == null) {
            return messages.text("assessment.value.missing");
        }
        return valueText(messages, l.input(), l.value());
    }

    private static String valueText(ReportMessages messages, AssessmentInput input, BigDecimal v) {
        return switch (input) {
            case ATTENDANCE_RATE, RECTIFIED_ON_TIME_RATE, RESPONSIBILITY_TASKS_COMPLETED_RATE ->
                    plain(v.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + "%";
            case DEBRIEFING_SATISFACTION -> plain(v.setScale(1, RoundingMode.HALF_UP)) + "%";
            case EDUCATION_HOURS -> messages.format("assessment.value.hours", plain(v));
            case COMMITMENT_SIGNED, PRE_APPOINTMENT_TALK -> messages.yesNo(v.signum() > 0);
            case FINDINGS_ATTRIBUTED, ADMONISHMENT_TALKS, SANCTIONS -> messages.format("assessment.value.count", plain(v));
        };
    }

    private static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A score with one decimal; blank for none. */
    static String text(BigDecimal score) {
        return score == null ? "" : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The rows of a batch; a new sheet key tells progress and asks whether to stop. */
    private static final class Rows implements JRDataSource {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Object[]> rows;
        private final int sheets;
        private final ProgressListener progress;
        private final BooleanSupplier cancelled;
        private int row = -1;
        private int sheet;
        private Object lastKey;
        private boolean stopped;

        Rows(String[] fields, List<Object[]> rows, int sheets, ProgressListener progress, BooleanSupplier cancelled) {
            for (int i = 0; i < fields.length; i++) {
                index.put(fields[i], i);
            }
            this.rows = rows;
            this.sheets = sheets;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public boolean next() {
            if (stopped || row + 1 >= rows.size()) {
                return false;
            }
            row++;
            Object key = rows.get(row)[0];
            if (!key.equals(lastKey)) {
                if (lastKey != null) {
                    sheet++;
                    progress.progress(sheet, sheets);
                }
                lastKey = key;
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public Object getFieldValue(JRField field) {
            Integer i = index.get(field.getName());
            return i == null ? null : rows.get(row)[i];
        }
    }
}
