package org.integritydesk.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integritydesk.model.Action;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.ActivityListReport;
import org.integritydesk.report.ReportCancelledException;
import org.integritydesk.report.SignInSheetReport;
import org.integritydesk.store.Transactions;

/**
 * Printing the 教育活动签到表: one activity's sheet, or every sheet of a year (of a unit and the
 * units below it). Each printout is one audit event. Slow work: call it off the JavaFX thread.
 */
public final class EducationPrinting {
    private final Transactions tx;
    private final EducationService education;
    private final UnitService units;
    private final SetupService setup;
    private final Supplier<SignInSheetReport> report;
    private final Supplier<ActivityListReport> listReport;
    private final AuditTrail audit;
    private final Clock clock;

    public EducationPrinting(Transactions tx, EducationService education, UnitService units, SetupService setup,
            Supplier<SignInSheetReport> report, Supplier<ActivityListReport> listReport, AuditTrail audit, Clock clock) {
        this.listReport = listReport;
        this.tx = tx;
        this.education = education;
        this.units = units;
        this.setup = setup;
        this.report = report;
        this.audit = audit;
        this.clock = clock;
    }

    /** One activity's sign-in sheet with everyone on its list the user may see. */
    public PrintableDocument signInSheet(UUID activityId, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        EducationActivity activity = education.activity(activityId);
        PrintableDocument document = fill(List.of(activityId), locale, progress, cancelled);
        recordPrint(AuditRecordType.EDUCATION_ACTIVITY.code(), activityId, activity.title(), "activity", document);
        return document;
    }

    /**
     * Every sign-in sheet of {@code year}, oldest activity first; with {@code unitCode}, only the
     * activities organised by that unit or a unit below it.
     */
    public PrintableDocument signInSheets(int year, String unitCode, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        Set<UUID> chosen = organisers(unitCode);
        List<UUID> ids = new ArrayList<>(education.activities(year).stream()
                .filter(a -> chosen == null || chosen.contains(a.organiserUnitId()))
                .map(ActivitySummary::id).toList());
        Collections.reverse(ids);
        if (ids.isEmpty()) {
            throw new ServiceException("error.education.nothingToPrint", year);
        }
        PrintableDocument document = fill(ids, locale, progress, cancelled);
        recordPrint(AuditRecordType.EDUCATION_ACTIVITY.code(), null, year + (unitCode == null ? "" : " " + unitCode),
                "year", document);
        return document;
    }

    /**
     * The 教育活动台账 of {@code year}: the given activities as the user filtered them on screen
     * ({@code filterText} says how, in words), or with {@code activities} null every activity the
     * user may see that year, optionally only those organised by {@code unitCode} and below.
     */
    public PrintableDocument activityList(int year, List<ActivitySummary> activities, String unitCode, String filterText,
            Locale locale) {
        List<ActivitySummary> rows = activities;
        if (rows == null) {
            Set<UUID> organisers = organisers(unitCode);
            rows = education.activities(year).stream()
                    .filter(a -> organisers == null || organisers.contains(a.organiserUnitId())).toList();
        }
        List<ActivitySummary> oldestFirst = new ArrayList<>(rows);
        oldestFirst.sort(Comparator.comparing(ActivitySummary::startsAt));
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        String printedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(LocalDateTime.now(clock));
        PrintableDocument document = new ReportDocument(listReport.get().fill(oldestFirst,
                new ActivityListReport.Heading(bureau, year, filterText, printedAt), locale), clock);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "activity-list");
        details.put("year", year);
        details.put("activities", oldestFirst.size());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, AuditRecordType.EDUCATION_ACTIVITY.code(), null,
                String.valueOf(year), null, details, null));
        return document;
    }

    private Set<UUID> organisers(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        UnitTree tree = units.tree();
        OrgUnit unit = tree.findByCode(unitCode).orElseThrow(() -> new ServiceException("error.print.noSuchUnit", unitCode));
        return tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
    }

    private PrintableDocument fill(List<UUID> activityIds, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        List<OrgUnit> unitList = units.list();
        Map<UUID, String> unitNames = unitList.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        Map<UUID, String> baseNames = tx.read(education::baseNames);
        List<SignInSheetReport.Sheet> sheets = new ArrayList<>();
        for (UUID id : activityIds) {
            EducationActivity activity = education.activity(id);
            String place = activity.place() != null ? activity.place() : baseNames.get(activity.baseId());
            sheets.add(new SignInSheetReport.Sheet(activity, unitNames.getOrDefault(activity.organiserUnitId(), ""),
                    place, education.attendees(id)));
        }
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        try {
            return new ReportDocument(report.get().fill(sheets, bureau, locale, progress::progress, cancelled), clock);
        } catch (ReportCancelledException e) {
            throw new CancellationException();
        }
    }

    private void recordPrint(String recordType, UUID recordId, String label, String selection, PrintableDocument document) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "sign-in");
        details.put("selection", selection);
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, recordType, recordId, label, null, details, null));
    }
}
