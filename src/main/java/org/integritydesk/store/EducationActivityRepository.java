package org.integritydesk.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceEntry;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.UnitEducationTotals;

/**
 * Education activities and their attendance lists. An activity keeps counters of its attendance
 * ({@link #recount}) so that a year's list is read without counting millions of attendance rows.
 */
public final class EducationActivityRepository {
    private static final String COLUMNS = "id, kind, title, starts_at, hours, place, base_id, organiser_unit_id,"
            + " speaker, outreach, summary, created_at, updated_at, updated_by, origin_unit, version";
    private static final String SUMMARY = "SELECT a.id, a.kind, a.title, a.starts_at, a.hours,"
            + " COALESCE(a.place, b.name) AS place, a.organiser_unit_id, u.name AS organiser_name, a.speaker,"
            + " a.present_count, a.on_leave_count, a.absent_count, a.pending_count, a.version"
            + " FROM education_activity a JOIN org_unit u ON u.id = a.organiser_unit_id"
            + " LEFT JOIN education_base b ON b.id = a.base_id";
    /** Counts by status of attendance rows, and the hours of those present. */
    private static final String TALLY_COLUMNS = "COALESCE(SUM(CASE WHEN status = 'PRESENT' THEN 1 END), 0) AS present,"
            + " COALESCE(SUM(CASE WHEN status = 'ON_LEAVE' THEN 1 END), 0) AS on_leave,"
            + " COALESCE(SUM(CASE WHEN status = 'ABSENT' THEN 1 END), 0) AS absent,"
            + " COALESCE(SUM(CASE WHEN status IS NULL THEN 1 END), 0) AS pending,"
            + " COALESCE(SUM(CASE WHEN status = 'PRESENT' THEN hours END), 0) AS hours";

    private final Jdbc jdbc;

    public EducationActivityRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** A year's live activities, newest first. */
    public List<ActivitySummary> listYear(int year) {
        return jdbc.query(SUMMARY + " WHERE a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ?"
                + " ORDER BY a.starts_at DESC, a.title", EducationActivityRepository::mapSummary,
                yearStart(year), yearStart(year + 1));
    }

    /**
     * A year's live activities that a clerk's units take part in: organised by one of them or with
     * one of their cadres on the list.
     */
    public List<ActivitySummary> listYearForUnits(int year, Set<UUID> unitIds) {
        Object units = unitIds.toArray(new UUID[0]);
        return jdbc.query(SUMMARY + " WHERE a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ?"
                + " AND (" + jdbc.dialect().inArray("a.organiser_unit_id", "UUID") + " OR EXISTS (SELECT 1 FROM"
                + " activity_attendee t WHERE t.activity_id = a.id AND " + jdbc.dialect().inArray("t.unit_id", "UUID") + "))"
                + " ORDER BY a.starts_at DESC, a.title", EducationActivityRepository::mapSummary,
                yearStart(year), yearStart(year + 1), units, units);
    }

    /**
     * How many activities {@link #listYear} (null {@code unitIds}) or {@link #listYearForUnits} lists,
     * counted in the database (the home tab's figure).
     */
    public long countYear(int year, Set<UUID> unitIds) {
        if (unitIds == null) {
            return jdbc.count("SELECT COUNT(*) FROM education_activity a WHERE a.deleted_at IS NULL"
                    + " AND a.starts_at >= ? AND a.starts_at < ?", yearStart(year), yearStart(year + 1));
        }
        Object units = unitIds.toArray(new UUID[0]);
        return jdbc.count("SELECT COUNT(*) FROM education_activity a WHERE a.deleted_at IS NULL"
                + " AND a.starts_at >= ? AND a.starts_at < ?"
                + " AND (" + jdbc.dialect().inArray("a.organiser_unit_id", "UUID") + " OR EXISTS (SELECT 1 FROM"
                + " activity_attendee t WHERE t.activity_id = a.id AND " + jdbc.dialect().inArray("t.unit_id", "UUID") + "))",
                yearStart(year), yearStart(year + 1), units, units);
    }

    /** Finds an activity, deleted or not. */
    public Optional<EducationActivity> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM education_activity WHERE id = ?",
                EducationActivityRepository::map, id);
    }

    public boolean isDeleted(UUID id) {
        return jdbc.count("SELECT COUNT(*) FROM education_activity WHERE id = ? AND deleted_at IS NOT NULL", id) > 0;
    }

    public void insert(EducationActivity activity, Stamping stamp) {
        insertAll(List.of(activity), stamp);
    }

    public void insertAll(List<EducationActivity> activities, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(activities.size());
        for (EducationActivity a : activities) {
            rows.add(new Object[] {a.id(), a.kind(), a.title(), a.startsAt(), a.hours(), a.place(), a.baseId(),
                a.organiserUnitId(), a.speaker(), outreachText(a.outreach()), a.summary(), stamp.now(), stamp.now(),
                stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO education_activity (" + COLUMNS + ", deleted_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    /**
     * Writes every field if the stored row is still at {@code activity.version()}, and carries the
     * day and hours over to its attendance rows; otherwise refuses.
     */
    public void update(EducationActivity a, Stamping stamp) {
        int rows = jdbc.update("UPDATE education_activity SET kind = ?, title = ?, starts_at = ?, hours = ?, place = ?,"
                        + " base_id = ?, organiser_unit_id = ?, speaker = ?, outreach = ?, summary = ?, updated_at = ?,"
                        + " updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                a.kind(), a.title(), a.startsAt(), a.hours(), a.place(), a.baseId(), a.organiserUnitId(), a.speaker(),
                outreachText(a.outreach()), a.summary(), stamp.now(), stamp.user(), a.id(), a.version());
        if (rows == 0) {
            throw jdbc.conflict("education_activity", a.id());
        }
        jdbc.update("UPDATE activity_attendee SET activity_day = ?, hours = ? WHERE activity_id = ?",
                a.startsAt().toLocalDate(), a.hours(), a.id());
    }

    /** To the recycle bin; its attendance stays stored but stops counting. */
    public void softDelete(UUID id, int version, Stamping stamp) {
        setDeleted(id, version, stamp, true);
    }

    public void restore(UUID id, int version, Stamping stamp) {
        setDeleted(id, version, stamp, false);
    }

    private void setDeleted(UUID id, int version, Stamping stamp, boolean deleted) {
        int rows = jdbc.update("UPDATE education_activity SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS " + (deleted ? "NULL" : "NOT NULL"),
                deleted ? stamp.now() : null, stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("education_activity", id);
        }
        jdbc.update("UPDATE activity_attendee SET live = ? WHERE activity_id = ?", !deleted, id);
    }

    /** The activity's list, by unit order and name, with what was recorded for each. */
    public List<Attendee> attendees(UUID activityId) {
        return jdbc.query("SELECT t.cadre_id, c.name, c.id_number, c.position, t.unit_id, u.name AS unit_name,"
                        + " t.status, t.reason FROM activity_attendee t JOIN cadre c ON c.id = t.cadre_id"
                        + " JOIN org_unit u ON u.id = t.unit_id WHERE t.activity_id = ?"
                        + " ORDER BY u.sort_order, u.code, c.name_initials, c.name",
                rs -> new Attendee(Jdbc.uuid(rs, "cadre_id"), rs.getString("name"),
                        IdNumber.parse(rs.getString("id_number"), LocalDate.MAX), rs.getString("position"),
                        Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                        Jdbc.enumValue(rs, "status", AttendanceStatus.class), rs.getString("reason")),
                activityId);
    }

    /** A person to put on an activity's list, with the unit the totals count them under. */
    public record NewAttendee(UUID cadreId, UUID unitId) {
    }

    /** Puts people on the list; those already on it are left as they are. Returns how many were added. */
    public int addAttendees(EducationActivity activity, List<NewAttendee> people, Stamping stamp) {
        Set<UUID> present = jdbc.query("SELECT cadre_id FROM activity_attendee WHERE activity_id = ?",
                rs -> Jdbc.uuid(rs, "cadre_id"), activity.id()).stream().collect(Collectors.toSet());
        List<Object[]> rows = new ArrayList<>();
        for (NewAttendee person : people) {
            if (present.add(person.cadreId())) {
                rows.add(new Object[] {activity.id(), person.cadreId(), person.unitId(), activity.startsAt().toLocalDate(),
                    activity.hours(), stamp.now(), stamp.user(), stamp.originUnit()});
            }
        }
        jdbc.batch("INSERT INTO activity_attendee (activity_id, cadre_id, unit_id, activity_day, hours, updated_at,"
                + " updated_by, origin_unit) VALUES (?,?,?,?,?,?,?,?)", rows);
        return rows.size();
    }

    /** Inserts whole attendance rows at once (demo data); the caller recounts the activities. */
    public void insertAttendance(List<Object[]> rows) {
        jdbc.batch("INSERT INTO activity_attendee (activity_id, cadre_id, unit_id, activity_day, hours, status, reason,"
                + " updated_at, updated_by, origin_unit) VALUES (?,?,?,?,?,?,?,?,?,?)", rows);
    }

    public void removeAttendees(UUID activityId, List<UUID> cadreIds) {
        List<Object[]> rows = cadreIds.stream().map(id -> new Object[] {activityId, id}).toList();
        jdbc.batch("DELETE FROM activity_attendee WHERE activity_id = ? AND cadre_id = ?", rows);
    }

    /** One person's recorded attendance (status null clears it). */
    public record AttendanceChange(UUID cadreId, AttendanceStatus status, String reason) {
    }

    /** Who last saved a person's attendance on the list, and when: for refusing an entry based on older lines. */
    public VersionConflictException attendanceConflict(UUID activityId, UUID cadreId) {
        return jdbc.conflict("activity_attendee", activityId + " " + cadreId, "activity_id = ? AND cadre_id = ?",
                activityId, cadreId);
    }

    public void recordAttendance(UUID activityId, List<AttendanceChange> changes, Stamping stamp) {
        List<Object[]> rows = changes.stream().map(c -> new Object[] {c.status(), c.reason(), stamp.now(), stamp.user(),
            activityId, c.cadreId()}).toList();
        jdbc.batch("UPDATE activity_attendee SET status = ?, reason = ?, updated_at = ?, updated_by = ?"
                + " WHERE activity_id = ? AND cadre_id = ?", rows);
    }

    /**
     * Sets the activity's counters, and its counts per unit, from its attendance rows: counted
     * apart and then written, since a correlated sub-query in the UPDATE would not use the
     * attendance rows' key.
     */
    public void recount(UUID activityId) {
        AttendanceTally tally = jdbc.queryOne("SELECT " + TALLY_COLUMNS + " FROM activity_attendee WHERE activity_id = ?",
                EducationActivityRepository::mapTally, activityId).orElse(AttendanceTally.NONE);
        jdbc.update("UPDATE education_activity SET present_count = ?, on_leave_count = ?, absent_count = ?,"
                + " pending_count = ? WHERE id = ?", tally.present(), tally.onLeave(), tally.absent(), tally.pending(),
                activityId);
        jdbc.update("DELETE FROM activity_unit_tally WHERE activity_id = ?", activityId);
        jdbc.update("INSERT INTO activity_unit_tally (activity_id, unit_id, present_count, on_leave_count, absent_count,"
                + " pending_count, present_hours) SELECT activity_id, unit_id, " + TALLY_COLUMNS
                + " FROM activity_attendee WHERE activity_id = ? GROUP BY activity_id, unit_id", activityId);
    }

    /** For each of these cadres, the hours they attended on {@code day} at live activities other than this one. */
    public Map<UUID, BigDecimal> hoursAttendedOn(LocalDate day, UUID exceptActivityId, List<UUID> cadreIds) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return hours;
        }
        jdbc.query("SELECT cadre_id, SUM(hours) AS hours FROM activity_attendee WHERE activity_day = ? AND live"
                        + " AND status = 'PRESENT' AND activity_id <> ? AND " + jdbc.dialect().inArray("cadre_id", "UUID")
                        + " GROUP BY cadre_id",
                rs -> hours.put(Jdbc.uuid(rs, "cadre_id"), rs.getBigDecimal("hours")),
                day, exceptActivityId, (Object) cadreIds.toArray(new UUID[0]));
        return hours;
    }

    /** The cadre's attendance at live activities held in {@code year}. */
    public AttendanceTally tallyForCadre(UUID cadreId, int year) {
        return jdbc.queryOne("SELECT " + TALLY_COLUMNS + " FROM activity_attendee WHERE cadre_id = ? AND live"
                + " AND activity_day >= ? AND activity_day < ?", EducationActivityRepository::mapTally,
                cadreId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).orElse(AttendanceTally.NONE);
    }

    /** Every live activity the cadre was on the list of, oldest first. */
    public List<AttendanceEntry> entriesForCadre(UUID cadreId) {
        return jdbc.query("SELECT a.id, a.starts_at, a.kind, a.title, a.hours, t.status, t.reason"
                        + " FROM activity_attendee t JOIN education_activity a ON a.id = t.activity_id"
                        + " WHERE t.cadre_id = ? AND t.live ORDER BY a.starts_at, a.title",
                rs -> new AttendanceEntry(Jdbc.uuid(rs, "id"), rs.getObject("starts_at", LocalDateTime.class),
                        Jdbc.enumValue(rs, "kind", ActivityKind.class), rs.getString("title"), rs.getBigDecimal("hours"),
                        Jdbc.enumValue(rs, "status", AttendanceStatus.class), rs.getString("reason")),
                cadreId);
    }

    /** Per unit: the activities it organised in {@code year} and its cadres' attendance that year. */
    public List<UnitEducationTotals> unitTotals(int year) {
        Map<UUID, Integer> organised = new HashMap<>();
        jdbc.query("SELECT organiser_unit_id, COUNT(*) AS n FROM education_activity WHERE deleted_at IS NULL"
                        + " AND starts_at >= ? AND starts_at < ? GROUP BY organiser_unit_id",
                rs -> organised.put(Jdbc.uuid(rs, "organiser_unit_id"), rs.getInt("n")), yearStart(year),
                yearStart(year + 1));
        Map<UUID, AttendanceTally> attendance = new HashMap<>();
        jdbc.query("SELECT t.unit_id, SUM(t.present_count) AS present, SUM(t.on_leave_count) AS on_leave,"
                        + " SUM(t.absent_count) AS absent, SUM(t.pending_count) AS pending, SUM(t.present_hours) AS hours"
                        + " FROM activity_unit_tally t JOIN education_activity a ON a.id = t.activity_id"
                        + " WHERE a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ? GROUP BY t.unit_id",
                rs -> attendance.put(Jdbc.uuid(rs, "unit_id"), mapTally(rs)), yearStart(year), yearStart(year + 1));
        return jdbc.query("SELECT id, name FROM org_unit WHERE deleted_at IS NULL ORDER BY sort_order, code",
                rs -> {
                    UUID id = Jdbc.uuid(rs, "id");
                    return new UnitEducationTotals(id, rs.getString("name"), organised.getOrDefault(id, 0),
                            attendance.getOrDefault(id, AttendanceTally.NONE));
                });
    }

    /** The years that hold live activities, newest first. */
    public List<Integer> years() {
        return jdbc.query("SELECT DISTINCT EXTRACT(YEAR FROM starts_at) AS y FROM education_activity"
                + " WHERE deleted_at IS NULL ORDER BY y DESC", rs -> rs.getInt("y"));
    }

    public long countAttendanceRows() {
        return jdbc.count("SELECT COUNT(*) FROM activity_attendee");
    }

    private static LocalDateTime yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }

    static String outreachText(Set<OutreachTarget> outreach) {
        return outreach.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<OutreachTarget> outreachOf(String text) {
        Set<OutreachTarget> targets = EnumSet.noneOf(OutreachTarget.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(OutreachTarget::valueOf).forEach(targets::add);
        }
        return targets;
    }

    private static EducationActivity map(ResultSet rs) throws SQLException {
        return new EducationActivity(Jdbc.uuid(rs, "id"), Jdbc.enumValue(rs, "kind", ActivityKind.class),
                rs.getString("title"), rs.getObject("starts_at", LocalDateTime.class), rs.getBigDecimal("hours"),
                rs.getString("place"), Jdbc.uuid(rs, "base_id"), Jdbc.uuid(rs, "organiser_unit_id"),
                rs.getString("speaker"), outreachOf(rs.getString("outreach")), rs.getString("summary"),
                Stamping.read(rs));
    }

    private static ActivitySummary mapSummary(ResultSet rs) throws SQLException {
        AttendanceTally tally = AttendanceTally.of(rs.getInt("present_count"), rs.getInt("on_leave_count"),
                rs.getInt("absent_count"), rs.getInt("pending_count"),
                rs.getBigDecimal("hours").multiply(BigDecimal.valueOf(rs.getInt("present_count"))));
        return new ActivitySummary(Jdbc.uuid(rs, "id"), Jdbc.enumValue(rs, "kind", ActivityKind.class),
                rs.getString("title"), rs.getObject("starts_at", LocalDateTime.class), rs.getBigDecimal("hours"),
                rs.getString("place"), Jdbc.uuid(rs, "organiser_unit_id"), rs.getString("organiser_name"),
                rs.getString("speaker"), tally, rs.getInt("version"));
    }

    private static AttendanceTally mapTally(ResultSet rs) throws SQLException {
        return AttendanceTally.of(rs.getInt("present"), rs.getInt("on_leave"), rs.getInt("absent"), rs.getInt("pending"),
                rs.getBigDecimal("hours"));
    }
}
