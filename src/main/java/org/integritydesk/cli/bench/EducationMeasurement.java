package org.integritydesk.cli.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.EducationService.AttendanceInput;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ProgressListener;

/**
 * The education figures of issue 4 on the folder's latest year with activities:
 * <ul>
 * <li>{@code education-tab-ms}: what opening the 教育活动 tab reads (the years, then the year's
 *     activities with their attendance counts), first and again;</li>
 * <li>{@code education-totals-ms}: the year's totals per unit over every attendance row;</li>
 * <li>{@code education-file-ms}: a cadre's whole file, its education section included;</li>
 * <li>{@code sign-in-sheet-ms}: the sign-in sheet of the activity with the list nearest 200 names,
 *     filled and saved as PDF;</li>
 * <li>{@code attendance-record-ms} (only with {@code bench --writes}): recording that activity's
 *     attendance for everyone on the list, then putting back what was recorded before.</li>
 * </ul>
 */
public final class EducationMeasurement implements Measurement {
    static final int SHEET_NAMES = 200;

    @Override
    public void run(BenchContext context) {
        EducationService education = context.services().education();
        Samples tab = new Samples();
        List<ActivitySummary> activities = List.of();
        int year = context.year();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            List<Integer> years = education.years();
            year = years.get(0);
            activities = education.activities(year);
            tab.add(System.nanoTime() - started);
            if (activities.isEmpty() && years.size() > 1) {
                year = years.get(1);
                activities = education.activities(year);
            }
        }
        context.print(new Figure("education-tab-ms").millis("first", tab.first()).spread(tab.withoutFirst())
                .with("year", year).with("activities", activities.size()));
        if (activities.isEmpty()) {
            return;
        }
        int chosenYear = year;
        Samples totals = new Samples();
        for (int i = 0; i < 3; i++) {
            totals.time(() -> education.unitTotals(chosenYear));
        }
        long rows = activities.stream().mapToLong(a -> a.attendance().expected() + a.attendance().pending()).sum();
        context.print(new Figure("education-totals-ms").spread(totals).with("attendance-rows", rows));

        Samples file = new Samples();
        for (CadreSummary cadre : context.randomCadres(50)) {
            file.time(() -> context.services().cadres().openFile(cadre.id()));
        }
        context.print(new Figure("education-file-ms").spread(file));

        ActivitySummary large = activities.stream().min(Comparator.comparingInt(a -> Math.abs(
                a.attendance().expected() + a.attendance().pending() - SHEET_NAMES))).orElseThrow();
        Samples sheet = new Samples();
        Path pdf = context.workDir().resolve("sign-in.pdf");
        PrintableDocument document = sheet.time(() -> {
            PrintableDocument filled = context.services().educationPrinting().signInSheet(large.id(),
                    context.messages().locale(), ProgressListener.NONE, () -> false);
            filled.savePdf(pdf);
            return filled;
        });
        context.print(new Figure("sign-in-sheet-ms").spread(sheet)
                .with("names", large.attendance().expected() + large.attendance().pending())
                .with("pages", document.pageCount()));

        if (context.writes()) {
            recordAttendance(context, education, activities);
        }
    }

    /** Records the attendance of a held activity of about 200, then puts back what it held. */
    private static void recordAttendance(BenchContext context, EducationService education, List<ActivitySummary> activities) {
        Optional<ActivitySummary> held = activities.stream().filter(a -> a.attendance().expected() > 0)
                .min(Comparator.comparingInt(a -> Math.abs(a.attendance().expected() - SHEET_NAMES)));
        if (held.isEmpty()) {
            return;
        }
        List<Attendee> before = education.attendees(held.get().id());
        List<AttendanceInput> flipped = before.stream().map(a -> new AttendanceInput(a.cadreId(),
                a.status() == AttendanceStatus.PRESENT ? AttendanceStatus.ON_LEAVE : AttendanceStatus.PRESENT, "bench"))
                .toList();
        Samples record = new Samples();
        record.time(() -> {
            education.recordAttendance(held.get().id(), flipped);
            return null;
        });
        education.recordAttendance(held.get().id(), before.stream()
                .map(a -> new AttendanceInput(a.cadreId(), a.status(), a.reason())).toList());
        context.print(new Figure("attendance-record-ms").spread(record).with("people", before.size()));
    }
}
