package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.Action;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceEntry;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationRules;
import org.integritydesk.model.EducationRules.AttendanceProblem;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.EducationActivityRepository;
import org.integritydesk.store.EducationActivityRepository.AttendanceChange;
import org.integritydesk.store.EducationActivityRepository.NewAttendee;
import org.integritydesk.store.EducationBaseRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * Education activities (教育活动) and their attendance: recording an activity, choosing who is
 * expected, taking the attendance afterwards, and the figures that follow (hours and attendance
 * rate per cadre and per unit). Access follows the records' units: an activity belongs to its
 * organising unit, an attendance row to the unit of the cadre on it; a clerk sees the activities
 * of their units and those their cadres are expected at, and only their own cadres on the lists.
 */
public final class EducationService {
    /** The owner type of an activity's attached files (photos, slides, sign-in scans). */
    public static final String OWNER_TYPE = "education_activity";

    private final Transactions tx;
    private final EducationActivityRepository activities;
    private final EducationBaseRepository bases;
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ClosedYears closedYears;

    public EducationService(Transactions tx, EducationActivityRepository activities, EducationBaseRepository bases,
            CadreRepository cadres, UnitRepository units, Stamps stamps, AccessControl access, AuditTrail audit,
            ClosedYears closedYears) {
        this.closedYears = closedYears;
        this.tx = tx;
        this.activities = activities;
        this.bases = bases;
        this.cadres = cadres;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
    }

    /** Who to put on an activity's list: whole units (with the units below them), categories, or people. */
    public record AttendeeChoice(Set<UUID> unitIds, Set<CadreCategory> categories, Set<UUID> cadreIds) {
        public AttendeeChoice {
            unitIds = Set.copyOf(unitIds);
            categories = categories.isEmpty() ? EnumSet.allOf(CadreCategory.class) : EnumSet.copyOf(categories);
            cadreIds = Set.copyOf(cadreIds);
        }

        public static AttendeeChoice people(Set<UUID> cadreIds) {
            return new AttendeeChoice(Set.of(), Set.of(), cadreIds);
        }
    }

    /** What adding attendees did: how many were added, and how many chosen were left out as not in office. */
    public record Added(int added, int notInOffice) {
    }

    /** The years that hold activities, newest first, with this year always among them. */
    public List<Integer> years() {
        return tx.read(() -> {
            List<Integer> years = new ArrayList<>(activities.years());
            int thisYear = stamps.today().getYear();
            if (!years.contains(thisYear)) {
                years.add(0, thisYear);
            }
            years.sort(Comparator.reverseOrder());
            return years;
        });
    }

    /** The year's activities the user may see, newest first. */
    public List<ActivitySummary> activities(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return scope.visibleUnits() == null ? activities.listYear(year)
                    : activities.listYearForUnits(year, scope.visibleUnits());
        });
    }

    /** How many activities {@link #activities} lists, counted without reading them. */
    public long countActivities(int year) {
        return tx.read(() -> activities.countYear(year, access.scope(Action.VIEW).visibleUnits()));
    }

    public EducationActivity activity(UUID id) {
        return tx.read(() -> readable(id, Action.VIEW));
    }

    /** The form's rules plus the ones only the database can answer (the unit and base exist). */
    public List<FieldError> validate(ActivityDraft draft) {
        return tx.read(() -> collectErrors(draft));
    }

    public EducationActivity create(ActivityDraft draft) {
        return tx.inTransaction(() -> {
            requireOrganiserAccess(Action.CREATE, draft.organiserUnitId());
            throwIfInvalid(draft);
            closedYears.requireOpen(draft.date());
            EducationActivity activity = toActivity(UUID.randomUUID(), draft, RecordStamp.NEW);
            activities.insert(activity, stamps.next());
            EducationActivity created = activities.findById(activity.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditRecordType.EDUCATION_ACTIVITY.code(), created.id(), created.title(),
                    null, fields(created), null);
            return created;
        });
    }

    /**
     * Saves the form over the stored activity if nobody saved it since {@code version} was read.
     * A new day or length must still keep everyone recorded present within 24 hours that day.
     */
    public EducationActivity update(UUID id, int version, ActivityDraft draft) {
        return tx.inTransaction(() -> {
            EducationActivity current = readable(id, Action.UPDATE);
            if (!current.organiserUnitId().equals(draft.organiserUnitId())) {
                requireOrganiserAccess(Action.UPDATE, draft.organiserUnitId());
            }
            throwIfInvalid(draft);
            closedYears.requireOpen(current.startsAt().toLocalDate());
            closedYears.requireOpen(draft.date());
            EducationActivity changed = toActivity(id, draft, new RecordStamp(null, null, null, null, version));
            requireDailyHoursKept(changed);
            try {
                activities.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.title(), e);
            }
            EducationActivity saved = activities.findById(id).orElseThrow();
            var changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, AuditRecordType.EDUCATION_ACTIVITY.code(), id, saved.title(),
                    changes.before(), changes.after(), null);
            return saved;
        });
    }

    /** Moves the activity to the recycle bin; its attendance stays stored and stops counting. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            EducationActivity current = readable(id, Action.DELETE);
            closedYears.requireOpen(current.startsAt().toLocalDate());
            try {
                activities.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.title(), e);
            }
            audit.record(AuditKind.DELETE, AuditRecordType.EDUCATION_ACTIVITY.code(), id, current.title(), null, null,
                    null);
        });
    }

    /** The stored activity as the form shows it, if the user may change it. */
    public ActivityDraft draftOf(UUID id) {
        return tx.read(() -> {
            EducationActivity a = readable(id, Action.UPDATE);
            return new ActivityDraft(a.kind(), a.title(), a.startsAt().toLocalDate(), a.startsAt().toLocalTime(),
                    a.hours(), a.place(), a.baseId(), a.organiserUnitId(), a.speaker(), a.outreach(), a.summary());
        });
    }

    /** The activity's list as the user may see it: a clerk sees their own units' people only. */
    public List<Attendee> attendees(UUID activityId) {
        return tx.read(() -> {
            readable(activityId, Action.VIEW);
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return activities.attendees(activityId).stream()
                    .filter(a -> scope.visibleUnits() == null || scope.visibleUnits().contains(a.unitId()))
                    .toList();
        });
    }

    /**
     * Puts the chosen people on the list: live cadres of the chosen units (and the units below)
     * in the chosen categories, plus the people chosen one by one, as far as the user may see
     * them. Cadres not in office on the activity's day are left out and counted.
     */
    public Added addAttendees(UUID activityId, AttendeeChoice choice) {
        return tx.inTransaction(() -> {
            EducationActivity activity = activities.findById(activityId)
                    .filter(a -> !activities.isDeleted(a.id()))
                    .orElseThrow(() -> new ServiceException("error.education.noSuchActivity"));
            closedYears.requireOpen(activity.startsAt().toLocalDate());
            AccessControl.Scope scope = access.scope(Action.UPDATE);
            UnitTree tree = new UnitTree(units.findAll());
            Set<UUID> chosenUnits = new HashSet<>();
            choice.unitIds().forEach(id -> tree.selfAndDescendants(id).forEach(u -> chosenUnits.add(u.id())));
            List<UUID> candidates = cadres.listLive().stream()
                    .filter(c -> choice.cadreIds().contains(c.id())
                            || chosenUnits.contains(c.unitId()) && choice.categories().contains(c.category()))
                    .filter(c -> scope.visibleUnits() == null || scope.visibleUnits().contains(c.unitId()))
                    .map(CadreSummary::id).toList();
            LocalDate day = activity.startsAt().toLocalDate();
            List<NewAttendee> people = new ArrayList<>();
            int notInOffice = 0;
            for (Cadre cadre : cadres.findByIds(candidates).values()) {
                if (EducationRules.activeOn(cadre, day)) {
                    people.add(new NewAttendee(cadre.id(), cadre.unitId()));
                } else {
                    notInOffice++;
                }
            }
            int added = activities.addAttendees(activity, people, stamps.next());
            activities.recount(activityId);
            if (added > 0) {
                audit.record(AuditKind.UPDATE, AuditRecordType.ATTENDANCE.code(), activityId, activity.title(), null,
                        Map.of("attendeesAdded", added), null);
            }
            return new Added(added, notInOffice);
        });
    }

    /** Takes people off the list (their recorded attendance with them). */
    public void removeAttendees(UUID activityId, List<UUID> cadreIds) {
        tx.run(() -> {
            EducationActivity activity = readable(activityId, Action.VIEW);
            closedYears.requireOpen(activity.startsAt().toLocalDate());
            Map<UUID, Attendee> onList = onList(activityId);
            for (UUID cadreId : cadreIds) {
                Attendee attendee = onList.get(cadreId);
                if (attendee != null) {
                    access.require(Action.UPDATE, attendee.unitId());
                }
            }
            activities.removeAttendees(activityId, cadreIds);
            activities.recount(activityId);
            audit.record(AuditKind.UPDATE, AuditRecordType.ATTENDANCE.code(), activityId, activity.title(), null,
                    Map.of("attendeesRemoved", cadreIds.size()), null);
        });
    }

    /**
     * One person's attendance as entered: status null leaves it untaken. {@code seen} is the line as the
     * form showed it: when another user has changed it since (to something else), the entry is refused
     * naming them. Null where the entry stands whatever was stored (an imported sign-in sheet).
     */
    public record AttendanceInput(UUID cadreId, AttendanceStatus status, String reason, Attendee seen) {
        public AttendanceInput(UUID cadreId, AttendanceStatus status, String reason) {
            this(cadreId, status, reason, null);
        }
    }

    /**
     * Records the attendance of the given people on the activity's list, all or nothing: the first
     * broken rule (not in office that day, over 24 hours that day, an over-long reason, an activity
     * not yet held) refuses the whole entry with a message naming the person.
     */
    public void recordAttendance(UUID activityId, List<AttendanceInput> inputs) {
        tx.run(() -> {
            EducationActivity activity = readable(activityId, Action.VIEW);
            closedYears.requireOpen(activity.startsAt().toLocalDate());
            Map<UUID, Attendee> onList = onList(activityId);
            LocalDate day = activity.startsAt().toLocalDate();
            boolean held = !activity.startsAt().isAfter(LocalDateTime.now(stamps.clock()));
            List<UUID> ids = inputs.stream().map(AttendanceInput::cadreId).toList();
            Map<UUID, Cadre> people = cadres.findByIds(ids);
            Map<UUID, BigDecimal> otherHours = activities.hoursAttendedOn(day, activityId, ids);
            List<AttendanceChange> changes = new ArrayList<>();
            Map<String, Object> after = new LinkedHashMap<>();
            for (AttendanceInput input : inputs) {
                Attendee attendee = onList.get(input.cadreId());
                if (attendee == null) {
                    throw new ServiceException("error.attendance.notOnList");
                }
                access.require(Action.UPDATE, attendee.unitId());
                AttendanceProblem problem = EducationRules.attendanceProblem(people.get(input.cadreId()), day, held,
                        activity.hours(), input.status(), input.reason(), otherHours.getOrDefault(input.cadreId(), BigDecimal.ZERO));
                if (problem != AttendanceProblem.NONE) {
                    throw new ServiceException(problem.messageKey(), attendee.name(), EducationRules.MAX_REASON);
                }
                String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
                boolean changedSince = input.seen() != null && (input.seen().status() != attendee.status()
                        || !Objects.equals(input.seen().reason(), attendee.reason()));
                boolean differs = input.status() != attendee.status() || !Objects.equals(reason, attendee.reason());
                if (changedSince && differs) {
                    throw new ConcurrentEditException(attendee.name(),
                            activities.attendanceConflict(activityId, input.cadreId()));
                }
                if (differs) {
                    changes.add(new AttendanceChange(input.cadreId(), input.status(), reason));
                    after.put(attendee.name(), input.status() == null ? "" : input.status().name()
                            + (reason == null ? "" : "（" + reason + "）"));
                }
            }
            if (changes.isEmpty()) {
                return;
            }
            activities.recordAttendance(activityId, changes, stamps.next());
            activities.recount(activityId);
            audit.record(AuditKind.UPDATE, AuditRecordType.ATTENDANCE.code(), activityId, activity.title(), null,
                    after, null);
        });
    }

    /** The cadre's attendance in {@code year} (the file's education section and the assessment read it). */
    public AttendanceTally tallyForCadre(UUID cadreId, int year) {
        return tx.read(() -> {
            Cadre cadre = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            access.require(Action.VIEW, cadre.unitId());
            access.requireNotRecused(cadreId);
            return activities.tallyForCadre(cadreId, year);
        });
    }

    /** Per unit the user may see: activities organised and attendance in {@code year}. */
    public List<UnitEducationTotals> unitTotals(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return activities.unitTotals(year).stream()
                    .filter(t -> scope.visibleUnits() == null || scope.visibleUnits().contains(t.unitId()))
                    .toList();
        });
    }

    /**
     * The guard of an activity's attachments: whoever may see the activity sees its files; whoever
     * may change it (and only while its year is open) adds and removes them.
     */
    public AttachmentService.OwnerAccess attachmentAccess() {
        return new AttachmentService.OwnerAccess() {
            @Override
            public String ownerType() {
                return OWNER_TYPE;
            }

            @Override
            public String requireView(UUID ownerId) {
                return readable(ownerId, Action.VIEW).title();
            }

            @Override
            public String requireChange(UUID ownerId) {
                EducationActivity activity = readable(ownerId, Action.UPDATE);
                closedYears.requireOpen(activity.startsAt().toLocalDate());
                return activity.title();
            }
        };
    }

    /** The names of every education base, removed ones too (an old activity may name one). */
    Map<UUID, String> baseNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        bases.listAll().forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    /** Every activity the cadre was on the list of (the file's section), unchecked: the file's reader checks. */
    List<AttendanceEntry> entriesForCadre(UUID cadreId) {
        return activities.entriesForCadre(cadreId);
    }


    EducationActivity readable(UUID id, Action action) {
        EducationActivity activity = activities.findById(id)
                .orElseThrow(() -> new ServiceException("error.education.noSuchActivity"));
        if (activities.isDeleted(id)) {
            throw new ServiceException("error.education.deleted", activity.title());
        }
        if (action == Action.VIEW) {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            if (scope.visibleUnits() != null && !scope.visibleUnits().contains(activity.organiserUnitId())
                    && activities.attendees(id).stream().noneMatch(a -> scope.visibleUnits().contains(a.unitId()))) {
                throw new AccessDeniedException("error.access.otherUnit");
            }
        } else {
            access.require(action, activity.organiserUnitId());
        }
        return activity;
    }

    private Map<UUID, Attendee> onList(UUID activityId) {
        Map<UUID, Attendee> byId = new LinkedHashMap<>();
        activities.attendees(activityId).forEach(a -> byId.put(a.cadreId(), a));
        return byId;
    }

    private void requireOrganiserAccess(Action action, UUID organiserUnitId) {
        if (organiserUnitId != null) {
            access.require(action, organiserUnitId);
        } else {
            access.require(action);
        }
    }

    private void throwIfInvalid(ActivityDraft draft) {
        List<FieldError> errors = collectErrors(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<FieldError> collectErrors(ActivityDraft draft) {
        List<FieldError> errors = new ArrayList<>(EducationRules.check(draft));
        if (draft.organiserUnitId() != null && units.findById(draft.organiserUnitId()).isEmpty()) {
            errors.add(new FieldError("organiser", "validation.unit.unknown"));
        }
        if (draft.baseId() != null && !bases.isLive(draft.baseId())) {
            errors.add(new FieldError("base", "validation.base.unknown"));
        }
        return errors;
    }

    /** Refuses a new day or length that would put someone recorded present over 24 hours that day. */
    private void requireDailyHoursKept(EducationActivity changed) {
        List<Attendee> present = activities.attendees(changed.id()).stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT).toList();
        Map<UUID, BigDecimal> other = activities.hoursAttendedOn(changed.startsAt().toLocalDate(), changed.id(),
                present.stream().map(Attendee::cadreId).toList());
        for (Attendee a : present) {
            if (other.getOrDefault(a.cadreId(), BigDecimal.ZERO).add(changed.hours())
                    .compareTo(EducationRules.MAX_HOURS_PER_DAY) > 0) {
                throw new ServiceException(AttendanceProblem.TOO_MANY_HOURS.messageKey(), a.name());
            }
        }
    }

    private static EducationActivity toActivity(UUID id, ActivityDraft d, RecordStamp stamp) {
        LocalTime time = d.time() == null ? LocalTime.of(9, 0) : d.time();
        return new EducationActivity(id, d.kind(), d.title().strip(), d.date().atTime(time), d.hours(), trimToNull(d.place()),
                d.baseId(), d.organiserUnitId(), trimToNull(d.speaker()), d.outreach() == null ? Set.of() : d.outreach(),
                trimToNull(d.summary()), stamp);
    }

    private static Map<String, Object> fields(EducationActivity a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", a.kind().name());
        fields.put("title", a.title());
        fields.put("startsAt", a.startsAt().toString());
        fields.put("hours", a.hours().toPlainString());
        fields.put("place", a.place());
        fields.put("baseId", a.baseId());
        fields.put("organiserUnitId", a.organiserUnitId());
        fields.put("speaker", a.speaker());
        fields.put("outreach", a.outreach().stream().sorted().map(Enum::name).toList());
        fields.put("summary", a.summary());
        return fields;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
