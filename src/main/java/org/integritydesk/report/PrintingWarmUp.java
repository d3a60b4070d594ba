package org.integritydesk.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.Grade;
import org.integritydesk.model.ScoringRule;

/**
 * The one-time work of a process's first printout, done ahead: the JasperReports engine and its font
 * extension (the embedded Chinese fonts), the PDF exporter with the fonts it embeds (OpenPDF keeps each
 * parsed font for the process) and the direct cell painting. It prints one made-up assessment sheet to
 * nowhere, since that form goes through all of them. A headless report runs it on the second core while
 * the login derives its key, which takes about a second of the first (docs/decisions/0016).
 */
public final class PrintingWarmUp {
    private PrintingWarmUp() {
    }

    /** Prints the made-up sheet and throws it away; a failure only means the work is done later, when printing. */
    public static void run() {
        AssessmentSheetReport.Line line = new AssessmentSheetReport.Line(1, "参加廉政教育", BigDecimal.TEN,
                ScoringRule.PROPORTIONAL, BigDecimal.ONE, AssessmentInput.ATTENDANCE_RATE, BigDecimal.ONE, BigDecimal.TEN);
        AssessmentSheetReport.CadreSheet sheet = new AssessmentSheetReport.CadreSheet("县局机关", "张三",
                "360821********0000", "科员", List.of(line), BigDecimal.TEN, BigDecimal.TEN, List.of(), null, List.of(),
                BigDecimal.TEN, Grade.EXCELLENT, false);
        new AssessmentSheetReport().fillCadres(List.of(sheet), 2026, "县市场监督管理局", Locale.SIMPLIFIED_CHINESE,
                (done, total) -> { }, () -> false).writePdf(OutputStream.nullOutputStream(), Instant.EPOCH);
    }
}
