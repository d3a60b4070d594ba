package org.integritydesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationFlow;
import org.integritydesk.model.RectificationRules;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.UserAccount;
import org.integritydesk.report.RectificationReports;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * The 问题整改台账: list, add, edit, move an item along its statuses, record a return visit, print the
 * 整改通知书 and the 整改台账. Every change writes a dated history line and one audit event in its
 * transaction. Clerks reach the items of their unit and the units below it; leaders only read.
 */
public final class RectificationService {
    static final String RECORD_TYPE = AuditTrail.RECTIFICATION;

    private final Transactions tx;
    private final RectificationRepository items;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<RectificationReports> reports;
    private final ClosedYears closedYears;

    /**
     * @param closedYears refuses adding, editing and deleting an item found in a closed year; status
     *        steps and return visits are dated today and go on (docs/decisions/0010-rectification-closed-years.md)
     */
    public RectificationService(Transactions tx, RectificationRepository items, UnitRepository units,
            CadreRepository cadres, Stamps stamps, AccessControl access, AuditTrail audit, SetupService setup,
            Supplier<RectificationReports> reports, ClosedYears closedYears) {
        this.tx = tx;
        this.items = items;
        this.units = units;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.reports = reports;
        this.closedYears = closedYears;
    }

    /** Every live item the user may see, newest finding first. */
    public List<Rectification> list() {
        return tx.read(() -> visible(items.listLive(), Action.VIEW));
    }

    /** The items the filter lets through, of those the user may see, newest finding first (filtered in SQL). */
    public List<Rectification> list(LedgerFilter filter) {
        return tx.read(() -> items.ledger(query(filter)));
    }

    /**
     * One page of the ledger as the 问题整改 tab shows it without a search text: the rows
     * {@code offset} to {@code offset + limit} of what {@code filter} lets through (its year), and
     * the counts the tab's status line gives; filtered, counted and paged in SQL, only the page read.
     */
    public record LedgerPage(List<Rectification> items, int offset, int matching, int inYear, int overdue) {
    }

    public LedgerPage ledgerPage(LedgerFilter filter, int offset, int limit) {
        return tx.read(() -> {
            RectificationRepository.LedgerQuery query = query(filter);
            RectificationRepository.LedgerCounts counts = items.ledgerCounts(query);
            int start = Math.max(0, Math.min(offset, (Math.max(counts.matching(), 1) - 1) / limit * limit));
            return new LedgerPage(items.ledgerPage(query, start, limit), start, counts.matching(), counts.inYear(),
                    counts.overdue());
        });
    }

    /**
     * What the 问题整改 tab keeps of each item found in {@code year} that the user may see, in
     * ledger order: it filters, pages and shows these in memory, and reads only the selected item whole.
     */
    public List<LedgerKey> ledgerKeys(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return items.ledgerKeys(year, scope.visibleUnits(), scope.recused());
        });
    }

    /** The years the ledger tab offers, newest first: from this year (or the last finding) back to the first finding. */
    public List<Integer> ledgerYears() {
        int now = stamps.today().getYear();
        int[] span = tx.read(() -> items.yearSpan()).orElse(new int[] {now, now});
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(now, span[1]); y >= Math.min(now, span[0]); y--) {
            years.add(y);
        }
        return years;
    }

    /** The items overdue today or whose return visit has come, of those the user may see (the home to-dos). */
    public List<Rectification> needingAttention() {
        LocalDate today = stamps.today();
        return tx.read(() -> visible(items.needingAttention(today), Action.VIEW));
    }

    private RectificationRepository.LedgerQuery query(LedgerFilter filter) {
        AccessControl.Scope scope = access.scope(Action.VIEW);
        return new RectificationRepository.LedgerQuery(filter, stamps.today(), scope.visibleUnits(), scope.recused());
    }

    private List<Rectification> visible(List<Rectification> all, Action action) {
        AccessControl.Scope scope = access.scope(action);
        return all.stream().filter(r -> canSee(scope, r.unitId(), r.cadreId())).toList();
    }

    /** As {@link AccessControl.Scope#canSee} for a record that may name no cadre. */
    static boolean canSee(AccessControl.Scope scope, UUID unitId, UUID cadreId) {
        return (scope.visibleUnits() == null || scope.visibleUnits().contains(unitId))
                && (cadreId == null || !scope.recused().contains(cadreId));
    }

    /** An item the user may see, by its number (ZG-2025-0001). */
    public Optional<Rectification> findByNumber(String number) {
        String wanted = number == null ? "" : number.strip();
        return list().stream().filter(r -> r.number().equalsIgnoreCase(wanted)).findFirst();
    }

    public Rectification find(UUID id) {
        return tx.read(() -> readable(id, Action.VIEW));
    }

    /** The dated history of an item, oldest first. */
    public List<RectificationEvent> history(UUID id) {
        return tx.read(() -> {
            readable(id, Action.VIEW);
            return items.eventsOf(id);
        });
    }

    public LocalDate today() {
        return stamps.today();
    }

    /** The office's time zone, in which history times are shown. */
    public java.time.ZoneId zone() {
        return stamps.clock().getZone();
    }

    /** The form's rules plus those only the database answers (the units and the cadre exist). */
    public List<FieldError> validate(RectificationDraft draft) {
        return tx.read(() -> collectErrors(draft));
    }

    public Rectification create(RectificationDraft draft) {
        return tx.inTransaction(() -> {
            requireWrite(Action.CREATE, draft.unitId());
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(draft.foundOn());
            Rectification created = insert(draft, null);
            audit.record(AuditKind.CREATE, RECORD_TYPE, created.id(), created.number(), null, fields(created), null);
            return created;
        });
    }

    /**
     * Inserts an item with its first history line, inside the caller's transaction and after the
     * caller's checks (a supervision visit's finding becomes an item this way).
     */
    Rectification insert(RectificationDraft draft, UUID visitId) {
        Stamping stamp = stamps.next();
        String prefix = "ZG-" + draft.foundOn().getYear() + "-";
        String number = prefix + String.format("%04d", items.lastNumber(prefix) + 1);
        Rectification item = new Rectification(UUID.randomUUID(), number, draft.source(), draft.unitId(), null,
                draft.cadreId(), null, draft.category(), draft.severity(), draft.response(), draft.description().strip(),
                draft.foundOn(), draft.measures().strip(), draft.responsibleUnitId(), null,
                draft.responsiblePerson().strip(), draft.deadline(), RectificationStatus.OPEN, null, null, null, null,
                null, draft.returnVisitDate(), null, visitId, RecordStamp.NEW);
        items.insert(item, stamp);
        items.insertEvent(new RectificationEvent(UUID.randomUUID(), item.id(), stamp.now(), stamp.user(),
                RectificationEvent.CREATED, null, null, RectificationStatus.OPEN, null), stamp.originUnit());
        return items.findById(item.id()).orElseThrow();
    }

    /** Saves the form over an item that is not closed, if nobody saved it since {@code version} was read. */
    public Rectification update(UUID id, int version, RectificationDraft draft) {
        return tx.inTransaction(() -> {
            Rectification current = readable(id, Action.UPDATE);
            requireWrite(Action.UPDATE, current.unitId());
            if (draft.unitId() != null && !draft.unitId().equals(current.unitId())) {
                access.require(Action.UPDATE, draft.unitId());
            }
            if (current.status() == RectificationStatus.VERIFIED) {
                throw new ServiceException("error.rectification.closed", current.number());
            }
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(current.foundOn());
            closedYears.requireOpen(draft.foundOn());
            Rectification changed = new Rectification(id, current.number(), draft.source(), draft.unitId(), null,
                    draft.cadreId(), null, draft.category(), draft.severity(), draft.response(),
                    draft.description().strip(), draft.foundOn(), draft.measures().strip(), draft.responsibleUnitId(),
                    null, draft.responsiblePerson().strip(), draft.deadline(), current.status(), null, null, null, null,
                    null, draft.returnVisitDate(), null, current.visitId(),
                    new RecordStamp(null, null, null, null, version));
            Stamping stamp = stamps.next();
            try {
                items.update(changed, stamp);
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            Rectification saved = items.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            items.insertEvent(new RectificationEvent(UUID.randomUUID(), id, stamp.now(), stamp.user(),
                    RectificationEvent.EDITED, null, current.status(), current.status(),
                    String.join("、", changes.after().keySet())), stamp.originUnit());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, saved.number(), changes.before(), changes.after(), null);
            return saved;
        });
    }

    /**
     * Moves an item one step along its statuses. Refused, changing nothing, when the step does not
     * follow the status, when verifying without a note or by the user who marked it rectified, and
     * when reopening without a reason.
     */
    public Rectification step(UUID id, int version, RectificationStep step, String note) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.UPDATE);
            Rectification current = readable(id, Action.UPDATE);
            access.require(Action.UPDATE, current.unitId());
            Optional<String> refusal = RectificationFlow.refusal(current.status(), step, user.username(),
                    current.rectifiedBy(), note);
            if (refusal.isPresent()) {
                throw new ServiceException(refusal.get(), current.number(), messageArg(current.status()),
                        messageArg(step), current.rectifiedBy() == null ? "" : current.rectifiedBy(),
                        RectificationFlow.MAX_NOTE);
            }
            LocalDate today = stamps.today();
            closedYears.requireOpen(today);
            String why = note == null || note.isBlank() ? null : note.strip();
            Rectification moved = switch (step) {
                case START -> withStatus(current, step.target(), current.rectifiedBy(), current.rectifiedOn(), null, null,
                        null);
                case MARK_RECTIFIED -> withStatus(current, step.target(), user.username(), today, null, null, null);
                case VERIFY -> withStatus(current, step.target(), current.rectifiedBy(), current.rectifiedOn(),
                        user.username(), today, why);
                case REOPEN -> withStatus(current, step.target(), null, null, null, null, null);
            };
            moved = new Rectification(moved.id(), moved.number(), moved.source(), moved.unitId(), moved.unitName(),
                    moved.cadreId(), moved.cadreName(), moved.category(), moved.severity(), moved.response(),
                    moved.description(), moved.foundOn(), moved.measures(), moved.responsibleUnitId(),
                    moved.responsibleUnitName(), moved.responsiblePerson(), moved.deadline(), moved.status(),
                    moved.rectifiedBy(), moved.rectifiedOn(), moved.verifiedBy(), moved.verifiedOn(),
                    moved.verificationNote(), moved.returnVisitDate(), moved.returnVisitDoneOn(), moved.visitId(),
                    new RecordStamp(null, null, null, null, version));
            Stamping stamp = stamps.next();
            try {
                items.updateStatus(moved, stamp);
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            items.insertEvent(new RectificationEvent(UUID.randomUUID(), id, stamp.now(), user.username(),
                    RectificationEvent.STEP, step, current.status(), step.target(), why), stamp.originUnit());
            Map<String, Object> before = Map.of("status", current.status().name());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", step.target().name());
            after.put("step", step.name());
            if (why != null) {
                after.put("note", why);
            }
            audit.record(AuditKind.STATUS_CHANGE, RECORD_TYPE, id, current.number(), before, after, null);
            return items.findById(id).orElseThrow();
        });
    }

    /** Records that the scheduled return visit (回访教育) took place today. */
    public Rectification recordReturnVisit(UUID id, int version, String note) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.UPDATE);
            Rectification current = readable(id, Action.UPDATE);
            access.require(Action.UPDATE, current.unitId());
            if (current.returnVisitDate() == null || current.returnVisitDoneOn() != null) {
                throw new ServiceException("error.rectification.noReturnVisit", current.number());
            }
            LocalDate today = stamps.today();
            closedYears.requireOpen(today);
            Rectification done = new Rectification(id, current.number(), current.source(), current.unitId(), null,
                    current.cadreId(), null, current.category(), current.severity(), current.response(),
                    current.description(), current.foundOn(), current.measures(), current.responsibleUnitId(), null,
                    current.responsiblePerson(), current.deadline(), current.status(), current.rectifiedBy(),
                    current.rectifiedOn(), current.verifiedBy(), current.verifiedOn(), current.verificationNote(),
                    current.returnVisitDate(), today, current.visitId(), new RecordStamp(null, null, null, null, version));
            Stamping stamp = stamps.next();
            try {
                items.updateStatus(done, stamp);
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            String why = note == null || note.isBlank() ? null : note.strip();
            items.insertEvent(new RectificationEvent(UUID.randomUUID(), id, stamp.now(), user.username(),
                    RectificationEvent.RETURN_VISIT, null, current.status(), current.status(), why), stamp.originUnit());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, current.number(), Map.of("returnVisitDoneOn", ""),
                    Map.of("returnVisitDoneOn", today.toString()), null);
            return items.findById(id).orElseThrow();
        });
    }

    /** Deletes an item entered by mistake; only while it waits for rectification and was not found on a visit. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            Rectification current = readable(id, Action.DELETE);
            if (current.status() != RectificationStatus.OPEN) {
                throw new ServiceException("error.rectification.deleteStarted", current.number());
            }
            closedYears.requireOpen(current.foundOn());
            try {
                items.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            audit.record(AuditKind.DELETE, RECORD_TYPE, id, current.number(), fields(current), null, null);
        });
    }

    /** The PROBLEMS section of a cadre's file: each item attributed to the cadre, with its rectification. */
    public FileSections.Source fileSection(Messages messages) {
        return new FileSections.Source() {
            @Override
            public FileSection section() {
                return FileSection.PROBLEMS;
            }

            @Override
            public List<SectionEntry> entries(UUID cadreId) {
                List<SectionEntry> entries = new ArrayList<>();
                for (Rectification r : items.findByCadre(cadreId)) {
                    String title = messages.get("rectification.file.title", r.number(), messages.label(r.source()),
                            messages.label(r.severity()));
                    String done = r.status() == RectificationStatus.VERIFIED
                            ? messages.get("rectification.file.verified", r.verifiedOn().toString())
                            : messages.label(r.status());
                    String detail = messages.get("rectification.file.detail", r.description(),
                            messages.label(r.source()), r.measures(), r.deadline().toString(), done,
                            messages.label(r.response()));
                    entries.add(new SectionEntry(r.foundOn(), title, detail));
                }
                return entries;
            }
        };
    }

    /** 整改通知书 for one item, to its responsible unit; one PRINT event. */
    public PrintableDocument printNotice(UUID id, Locale locale) {
        Rectification item = tx.read(() -> readable(id, Action.PRINT));
        String bureau = bureauName();
        PrintableDocument document = new ReportDocument(reports.get().notice(item, bureau, stamps.today(), locale),
                stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, id, item.number(), null,
                Map.of("form", "rectification-notice", "pages", document.pageCount()), null));
        return document;
    }

    /**
     * The 整改通知书 of every item found in {@code year} that the user may print, in ledger order, in
     * one document; one PRINT event. Refused when there is none.
     */
    public PrintableDocument printNotices(int year, Locale locale) {
        List<Rectification> found = list(new LedgerFilter(year, null, null, null, null, false, null));
        if (found.isEmpty()) {
            throw new ServiceException("error.rectification.noneInYear", String.valueOf(year));
        }
        PrintableDocument document = new ReportDocument(
                reports.get().notices(found, bureauName(), stamps.today(), locale), stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, null, null, null,
                Map.of("form", "rectification-notice", "year", year, "items", found.size(),
                        "pages", document.pageCount()), null));
        return document;
    }

    /** 整改台账: the items the filter lets through, landscape, headed with the filter in words; one PRINT event. */
    public PrintableDocument printLedger(LedgerFilter filter, String filterText, Locale locale) {
        List<Rectification> shown = list(filter);
        String bureau = bureauName();
        PrintableDocument document = new ReportDocument(
                reports.get().ledger(shown, bureau, filterText, stamps.today(), locale), stamps.clock());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "rectification-ledger");
        details.put("filter", filterText == null ? "" : filterText);
        details.put("items", shown.size());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, AuditTrail.RECTIFICATION_LEDGER, null, null, null,
                details, null));
        return document;
    }

    String bureauName() {
        return setup.profile().map(BureauProfile::name).orElse("");
    }

    private Rectification readable(UUID id, Action action) {
        Rectification item = items.findById(id).orElseThrow(() -> new ServiceException("error.rectification.notFound"));
        access.require(action, item.unitId());
        if (item.cadreId() != null) {
            access.requireNotRecused(item.cadreId());
        }
        return item;
    }

    private void requireWrite(Action action, UUID unitId) {
        if (unitId != null) {
            access.require(action, unitId);
        } else {
            access.require(action);
        }
    }

    List<FieldError> collectErrors(RectificationDraft draft) {
        List<FieldError> errors = new ArrayList<>(RectificationRules.check(draft, stamps.today()));
        UnitTree tree = new UnitTree(units.findAll());
        if (draft.unitId() != null && tree.find(draft.unitId()).isEmpty()) {
            errors.add(new FieldError("unit", "validation.unit.unknown"));
        }
        if (draft.responsibleUnitId() != null && tree.find(draft.responsibleUnitId()).isEmpty()) {
            errors.add(new FieldError("responsibleUnit", "validation.unit.unknown"));
        }
        if (draft.cadreId() != null) {
            Optional<Cadre> cadre = cadres.findById(draft.cadreId());
            if (cadre.isEmpty() || cadre.get().isDeleted()) {
                errors.add(new FieldError("cadre", "validation.rectification.cadreUnknown"));
            }
        }
        return errors;
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String messageArg(Enum<?> value) {
        return value.name();
    }

    private static Rectification withStatus(Rectification r, RectificationStatus status, String rectifiedBy,
            LocalDate rectifiedOn, String verifiedBy, LocalDate verifiedOn, String note) {
        return new Rectification(r.id(), r.number(), r.source(), r.unitId(), r.unitName(), r.cadreId(), r.cadreName(),
                r.category(), r.severity(), r.response(), r.description(), r.foundOn(), r.measures(),
                r.responsibleUnitId(), r.responsibleUnitName(), r.responsiblePerson(), r.deadline(), status, rectifiedBy,
                rectifiedOn, verifiedBy, verifiedOn, note, r.returnVisitDate(), r.returnVisitDoneOn(), r.visitId(),
                r.stamp());
    }

    static Map<String, Object> fields(Rectification r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("number", r.number());
        f.put("source", r.source().name());
        f.put("unit", r.unitName() == null ? String.valueOf(r.unitId()) : r.unitName());
        f.put("cadre", r.cadreName() == null ? "" : r.cadreName());
        f.put("category", r.category().name());
        f.put("severity", r.severity().name());
        f.put("response", r.response().name());
        f.put("description", r.description());
        f.put("foundOn", r.foundOn().toString());
        f.put("measures", r.measures());
        f.put("responsibleUnit", r.responsibleUnitName() == null ? String.valueOf(r.responsibleUnitId())
                : r.responsibleUnitName());
        f.put("responsiblePerson", r.responsiblePerson());
        f.put("deadline", r.deadline().toString());
        f.put("status", r.status().name());
        f.put("returnVisitDate", r.returnVisitDate() == null ? "" : r.returnVisitDate().toString());
        return f;
    }

    /** The unit's name in the tree, for messages. */
    static String unitName(UnitTree tree, UUID id) {
        return tree.find(id).map(OrgUnit::name).orElse("");
    }
}
