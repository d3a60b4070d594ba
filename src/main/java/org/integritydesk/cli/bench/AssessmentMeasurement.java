package org.integritydesk.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ProgressListener;

/**
 * {@code assessment-compute-ms cadres=.. ms=..}: the bench year computed for every active cadre (every input
 * read, every cadre scored) without storing anything, so also without {@code --writes}.
 * {@code assessment-sheets ms=.. fill-ms=.. pdf-ms=.. sheets=.. pages=.. bytes=..}: the 党风廉政建设责任制考核表 of up to
 * {@code sheets} cadres of the bench year into one PDF, from asking to the file written. With
 * {@code --writes} first {@code assessment-recompute ms=.. cadres=..}: the year computed again (its
 * results replaced; entered scores are kept, so nothing is lost). The recompute is skipped for a closed year;
 * the sheets print {@code sheets=0} for a year not computed.
 */
public final class AssessmentMeasurement implements Measurement {
    private final int sheets;

    public AssessmentMeasurement(int sheets) {
        this.sheets = sheets;
    }

    @Override
    public void run(BenchContext context) throws Exception {
        AssessmentService assessment = context.services().assessment();
        int year = context.year();
        boolean closed = assessment.isClosed(year);
        long trial = System.nanoTime();
        AssessmentService.Computed scored = assessment.trialCompute(year);
        context.print(new Figure("assessment-compute-ms").with("cadres", scored.cadres())
                .millis("ms", System.nanoTime() - trial));
        if (context.writes() && !closed) {
            long started = System.nanoTime();
            AssessmentService.Computed computed = assessment.compute(year);
            context.print(new Figure("assessment-recompute").millis("ms", System.nanoTime() - started)
                    .with("cadres", computed.cadres()).with("year", year));
        }
        List<UUID> cadres = assessment.results(year).stream().limit(sheets).map(AssessmentResult::cadreId).toList();
        if (cadres.isEmpty()) {
            context.print(new Figure("assessment-sheets").with("sheets", 0).with("year", year));
            return;
        }
        Path pdf = context.workDir().resolve("assessment-sheets.pdf");
        long started = System.nanoTime();
        PrintableDocument document = assessment.print(new AssessmentService.Selection.Some(year, cadres),
                context.messages().locale(), "bench", ProgressListener.NONE, () -> false);
        long filled = System.nanoTime();
        document.savePdf(pdf);
        long nanos = System.nanoTime() - started;
        context.print(new Figure("assessment-sheets").millis("ms", nanos).millis("fill-ms", filled - started)
                .millis("pdf-ms", System.nanoTime() - filled).with("sheets", cadres.size())
                .with("pages", document.pageCount()).with("bytes", Files.size(pdf)));
    }
}
