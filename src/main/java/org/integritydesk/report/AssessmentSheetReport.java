package org.integritydesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.Grade;
import org.integritydesk.model.ScoringRule;

/**
 * 党风廉政建设责任制考核表, per cadre and per unit. A batch is filled in one pass over one data source
 * (an indicator row per line, grouped by sheet), not one fill per sheet; a large batch in two halves at
 * once, and its plain cells are painted directly into the PDF ({@link CellPainter}): a thousand sheets
 * fill and export in about two seconds (docs/decisions/0016). Progress is told and a cancel request
 * honoured as each sheet ends.
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
        JasperPrint print = fill(cadreTemplate, messages, bureauName, year, locale, fields, rows, sheets.size(),
                progress, cancelled);
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
        JasperPrint print = fill(unitTemplate, messages, bureauName, year, locale, fields, rows, sheets.size(),
                progress, cancelled);
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

    /**
     * Fills the rows, a large batch in two halves at once (one per processor core; each half a whole
     * number of sheets, each sheet numbering its own pages), whose pages are then joined in order: the
     * same pages as one fill, in about half the time on two cores.
     */
    private JasperPrint fill(CompiledTemplate template, ReportMessages messages, String bureauName, int year,
            Locale locale, String[] fields, List<Object[]> rows, int sheets, ProgressListener progress,
            BooleanSupplier cancelled) {
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put("YEAR", year);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.bundle());
        Progress told = new Progress(sheets, progress, cancelled);
        int split = sheets >= PARALLEL_FROM_SHEETS && Runtime.getRuntime().availableProcessors() > 1
                ? firstRowOfSheet(rows, sheets / 2) : rows.size();
        JasperPrint print;
        if (split <= 0 || split >= rows.size()) {
            print = template.fill(p, new Rows(fields, rows, told));
        } else {
            FutureTask<JasperPrint> second = new FutureTask<>(
                    () -> template.fill(new HashMap<>(p), new Rows(fields, rows.subList(split, rows.size()), told)));
            Thread worker = new Thread(second, "assessment-sheets-fill");
            worker.setDaemon(true);
            worker.start();
            try {
                print = template.fill(p, new Rows(fields, rows.subList(0, split), told));
            } catch (RuntimeException e) {
                told.stop(); // the second half stops at its next sheet
                throw e;
            }
            JasperPrint rest = join(second);
            for (JRPrintPage page : rest.getPages()) {
                print.addPage(page);
            }
        }
        if (told.stopped()) {
            throw new ReportCancelledException(told.done(), sheets);
        }
        progress.progress(sheets, sheets);
        print.setProperty(ReproduciblePdf.PLAIN_CELLS, "true");
        return print;
    }

    /** Below this many sheets one fill is quick enough and a second thread not worth starting. */
    static final int PARALLEL_FROM_SHEETS = 64;

    /** The index of the first row of sheet {@code sheet} (rows of a sheet are consecutive, sheet keys ascending). */
    private static int firstRowOfSheet(List<Object[]> rows, int sheet) {
        String key = String.valueOf(sheet);
        for (int i = 0; i < rows.size(); i++) {
            if (key.equals(rows.get(i)[0])) {
                return i;
            }
        }
        return rows.size();
    }

    private static JasperPrint join(FutureTask<JasperPrint> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("filling the sheets was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ReportException("the sheets cannot be filled: " + e.getCause(), e.getCause());
        }
    }

    /** Sheets done over every part of a fill, told to the listener one at a time; a cancel stops every part. */
    private static final class Progress {
        private final int sheets;
        private final ProgressListener listener;
        private final BooleanSupplier cancelled;
        private int done;
        private volatile boolean stopped;

        Progress(int sheets, ProgressListener listener, BooleanSupplier cancelled) {
            this.sheets = sheets;
            this.listener = listener;
            this.cancelled = cancelled;
        }

        /** A sheet is finished; false when the fill is to stop. */
        synchronized boolean sheetDone() {
            done++;
            listener.progress(done, sheets);
            return proceed();
        }

        /** Whether to go on (asked as each part's first sheet begins). */
        synchronized boolean proceed() {
            if (!stopped && cancelled.getAsBoolean()) {
                stopped = true;
            }
            return !stopped;
        }

        void stop() {
            stopped = true;
        }

        synchronized int done() {
            return done;
        }

        boolean stopped() {
            return stopped;
        }
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

    /** The rows of (a part of) a batch; a new sheet key tells progress and asks whether to stop. */
    private static final class Rows implements JRDataSource {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Object[]> rows;
        private final Progress progress;
        private int row = -1;
        private Object lastKey;
        private boolean stopped;

        Rows(String[] fields, List<Object[]> rows, Progress progress) {
            for (int i = 0; i < fields.length; i++) {
                index.put(fields[i], i);
            }
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public boolean next() {
            if (stopped) {
                return false;
            }
            if (row + 1 >= rows.size()) {
                if (lastKey != null) {
                    progress.sheetDone();
                    lastKey = null;
                }
                return false;
            }
            row++;
            Object key = rows.get(row)[0];
            if (!key.equals(lastKey)) {
                boolean proceed = lastKey == null ? progress.proceed() : progress.sheetDone();
                lastKey = key;
                if (!proceed) {
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
