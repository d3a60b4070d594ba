package org.integritydesk.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RowProblem;
import org.integritydesk.model.SheetData;
import org.integritydesk.store.Transactions;

/**
 * An activity's attendance list (签到表) filled in from a spreadsheet: each row names a person on
 * the activity's list (by ID number, or by name when the list holds that name once) and their
 * attendance (出勤/请假/缺席, with a reason). The preview says what each row would record and why not;
 * the import records the valid rows, or nothing when any is rejected and the user chose so, through
 * {@link EducationService#recordAttendance}, so its rules, access and audit apply, in one transaction.
 */
public final class AttendanceImportService {
    static final List<String> STATUS_HEADERS = List.of("出勤情况", "出勤状态", "考勤", "出勤", "签到情况", "签到", "状态");
    static final List<String> REASON_HEADERS = List.of("请假事由", "缺席原因", "原因", "事由", "说明", "备注");

    /**
     * Every header name an attendance sheet's columns are known by (姓名, 身份证号, 出勤情况, 请假事由 …), to
     * find its header row when it has no other roster column.
     */
    public static java.util.Set<String> headerNames() {
        java.util.Set<String> names = new java.util.HashSet<>(STATUS_HEADERS);
        names.addAll(REASON_HEADERS);
        names.addAll(ImportField.NAME.headers());
        names.addAll(ImportField.ID_NUMBER.headers());
        return names;
    }

    /** One row: the person found on the list (null when rejected), what is recorded, and why not. */
    public record AttendanceRow(int rowNumber, String name, String maskedIdNumber, UUID cadreId, AttendanceStatus status,
            String reason, List<RowProblem> problems) {
        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    /** What importing did: rows recorded, rows rejected, and whether nothing was recorded because of them. */
    public record AttendanceResult(int recorded, List<AttendanceRow> rejected, boolean importedNothing) {
    }

    private final Transactions tx;
    private final EducationService education;
    private final AuditTrail audit;
    private final Map<String, AttendanceStatus> statuses = new HashMap<>();

    public AttendanceImportService(Transactions tx, EducationService education, AuditTrail audit) {
        this.tx = tx;
        this.education = education;
        this.audit = audit;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (AttendanceStatus status : AttendanceStatus.values()) {
                statuses.put(messages.label(status).toLowerCase(Locale.ROOT), status);
                statuses.put(status.name().toLowerCase(Locale.ROOT), status);
            }
        }
        for (String present : List.of("到", "已到", "实到", "参加", "√", "✓", "是")) {
            statuses.put(present, AttendanceStatus.PRESENT);
        }
        for (String leave : List.of("假", "病假", "事假", "公假")) {
            statuses.put(leave, AttendanceStatus.ON_LEAVE);
        }
        for (String absent : List.of("缺", "未到", "缺勤", "旷会", "×", "否")) {
            statuses.put(absent, AttendanceStatus.ABSENT);
        }
    }

    /** What importing the rows onto the activity's list would record, changing nothing. */
    public List<AttendanceRow> preview(UUID activityId, SheetData sheet) {
        return tx.read(() -> plan(activityId, sheet));
    }

    /**
     * Records the rows' attendance in one transaction; with {@code allOrNothing} nothing at all when
     * any row is rejected. A rule {@link EducationService#recordAttendance} refuses (someone not in
     * office that day, over 24 hours in a day) refuses the whole import and changes nothing.
     */
    public AttendanceResult importRows(UUID activityId, SheetData sheet, boolean allOrNothing) {
        return tx.inTransaction(() -> {
            List<AttendanceRow> rows = plan(activityId, sheet);
            List<AttendanceRow> rejected = rows.stream().filter(AttendanceRow::rejected).toList();
            if (allOrNothing && !rejected.isEmpty()) {
                return new AttendanceResult(0, rejected, true);
            }
            List<EducationService.AttendanceInput> inputs = rows.stream().filter(r -> !r.rejected())
                    .map(r -> new EducationService.AttendanceInput(r.cadreId(), r.status(), r.reason())).toList();
            if (!inputs.isEmpty()) {
                education.recordAttendance(activityId, inputs);
            }
            EducationActivity activity = education.activity(activityId);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", sheet.source());
            after.put("recorded", inputs.size());
            after.put("rejected", rejected.size());
            audit.record(AuditKind.IMPORT, AuditRecordType.ATTENDANCE.code(), activityId, activity.title(), null, after,
                    null);
            return new AttendanceResult(inputs.size(), rejected, false);
        });
    }

    private List<AttendanceRow> plan(UUID activityId, SheetData sheet) {
        List<Attendee> onList = education.attendees(activityId);
        Map<String, Attendee> byId = new HashMap<>();
        Map<String, List<Attendee>> byName = new HashMap<>();
        for (Attendee a : onList) {
            byId.put(a.idNumber().value(), a);
            byName.computeIfAbsent(PersonName.normalise(a.name()), k -> new ArrayList<>()).add(a);
        }
        ImportMapping suggested = ImportMapping.suggest(sheet.headers());
        Integer nameColumn = suggested.columnOf(ImportField.NAME).orElse(null);
        Integer idColumn = suggested.columnOf(ImportField.ID_NUMBER).orElse(null);
        Integer statusColumn = column(sheet.headers(), STATUS_HEADERS);
        Integer reasonColumn = column(sheet.headers(), REASON_HEADERS);
        if (statusColumn == null || nameColumn == null && idColumn == null) {
            throw new ServiceException("import.error.attendanceColumns", sheet.source());
        }
        Map<UUID, Integer> firstRow = new HashMap<>();
        List<AttendanceRow> rows = new ArrayList<>();
        for (SheetData.Row row : sheet.rows()) {
            List<RowProblem> problems = new ArrayList<>();
            String name = text(row, nameColumn);
            String idText = IdNumber.normalise(text(row, idColumn));
            Attendee attendee = null;
            if (!idText.isEmpty()) {
                attendee = byId.get(idText);
                if (attendee == null) {
                    problems.add(RowProblem.of(ImportField.ID_NUMBER, "import.problem.notOnList"));
                }
            } else if (!name.isEmpty()) {
                List<Attendee> named = byName.getOrDefault(PersonName.normalise(name), List.of());
                if (named.isEmpty()) {
                    problems.add(RowProblem.of(ImportField.NAME, "import.problem.notOnList"));
                } else if (named.size() > 1) {
                    problems.add(RowProblem.of(ImportField.NAME, "import.problem.sameNameOnList", named.size()));
                } else {
                    attendee = named.get(0);
                }
            } else {
                problems.add(RowProblem.of(ImportField.NAME, "import.problem.required"));
            }
            String statusText = text(row, statusColumn);
            AttendanceStatus status = statusText.isEmpty() ? null : statuses.get(statusText.toLowerCase(Locale.ROOT));
            if (statusText.isEmpty()) {
                problems.add(RowProblem.of(null, "import.problem.noAttendance"));
            } else if (status == null) {
                problems.add(RowProblem.of(null, "import.problem.unknownAttendance", statusText));
            }
            if (attendee != null) {
                Integer first = firstRow.putIfAbsent(attendee.cadreId(), row.number());
                if (first != null) {
                    problems.add(RowProblem.of(ImportField.NAME, "import.problem.samePersonTwice", first));
                }
            }
            String reason = text(row, reasonColumn);
            String shownName = attendee != null ? attendee.name() : name;
            String masked = attendee != null ? attendee.idNumber().masked() : IdNumber.mask(idText);
            rows.add(new AttendanceRow(row.number(), shownName, masked, problems.isEmpty() ? attendee.cadreId() : null,
                    status, reason.isEmpty() ? null : reason, List.copyOf(problems)));
        }
        return rows;
    }

    private static Integer column(List<String> headers, List<String> names) {
        for (String name : names) {
            for (int c = 0; c < headers.size(); c++) {
                if (headers.get(c).replace(" ", "").equals(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String text(SheetData.Row row, Integer column) {
        if (column == null) {
            return "";
        }
        Object value = row.cell(column);
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString().strip();
    }
}
