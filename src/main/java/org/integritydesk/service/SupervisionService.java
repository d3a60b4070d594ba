package org.integritydesk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.VisitDraft;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitRules;
import org.integritydesk.report.RectificationReports;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.SupervisionRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * 监督检查: the monitoring group's visits. Recording a visit turns each problem it found into a
 * ledger item (source 监督检查) in the same transaction; a visit whose items still exist cannot be
 * deleted. Prints the 监督检查记录表.
 */
public final class SupervisionService {
    static final String RECORD_TYPE = AuditTrail.SUPERVISION_VISIT;
    /**
     * The owner type of a finding's evidence photos. A finding's row is rewritten each time its visit
     * is saved, so its evidence is kept under the ledger item the problem became (its lasting identity).
     */
    public static final String FINDING_OWNER_TYPE = "visit_finding";

    private final Transactions tx;
    private final SupervisionRepository visits;
    private final RectificationRepository items;
    private final RectificationService rectifications;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Supplier<RectificationReports> reports;
    private final ClosedYears closedYears;

    public SupervisionService(Transactions tx, SupervisionRepository visits, RectificationRepository items,
            RectificationService rectifications, UnitRepository units, CadreRepository cadres, Stamps stamps,
            AccessControl access, AuditTrail audit, Supplier<RectificationReports> reports, ClosedYears closedYears) {
        this.tx = tx;
        this.visits = visits;
        this.items = items;
        this.rectifications = rectifications;
        this.units = units;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.reports = reports;
        this.closedYears = closedYears;
    }

    /** Every live visit the user may see (by the unit visited), newest first. */
    public List<SupervisionVisit> list() {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return visits.listLive().stream().filter(v -> RectificationService.canSee(scope, v.unitId(), null)).toList();
        });
    }

    /** A visit the user may see, by its number (JC-2025-001). */
    public java.util.Optional<SupervisionVisit> findByNumber(String number) {
        String wanted = number == null ? "" : number.strip();
        return list().stream().filter(v -> v.number().equalsIgnoreCase(wanted)).findFirst();
    }

    public SupervisionVisit find(UUID id) {
        return tx.read(() -> readable(id, Action.VIEW));
    }

    public List<FieldError> validate(VisitDraft draft) {
        return tx.read(() -> collectErrors(draft));
    }

    /** Records a visit; each problem found becomes a ledger item of source 监督检查, in the same transaction. */
    public SupervisionVisit create(VisitDraft draft) {
        return tx.inTransaction(() -> {
            if (draft.unitId() != null) {
                access.require(Action.CREATE, draft.unitId());
            } else {
                access.require(Action.CREATE);
            }
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(draft.visitDate());
            Stamping stamp = stamps.next();
            String prefix = "JC-" + draft.visitDate().getYear() + "-";
            String number = prefix + String.format("%03d", visits.lastNumber(prefix) + 1);
            UUID id = UUID.randomUUID();
            SupervisionVisit visit = new SupervisionVisit(id, number, draft.visitDate(), draft.kind(), draft.unitId(),
                    null, draft.group(), draft.members().strip(), trim(draft.responsiblePerson()), trim(draft.notes()),
                    List.of(), RecordStamp.NEW);
            visits.insert(visit, stamp);
            List<VisitFinding> findings = ledgerItems(id, draft);
            visits.update(withFindings(visits.findById(id).orElseThrow(), findings), stamps.next());
            SupervisionVisit saved = visits.findById(id).orElseThrow();
            audit.record(AuditKind.CREATE, RECORD_TYPE, id, saved.number(), null, fields(saved), null);
            return saved;
        });
    }

    /**
     * Saves changed visit details and findings. A finding that already became a ledger item keeps its
     * item (edit the item in the ledger); a new problem becomes a new item; a problem whose item
     * still exists cannot be taken back here.
     */
    public SupervisionVisit update(UUID id, int version, VisitDraft draft) {
        return tx.inTransaction(() -> {
            SupervisionVisit current = readable(id, Action.UPDATE);
            if (draft.unitId() != null && !draft.unitId().equals(current.unitId())) {
                access.require(Action.UPDATE, draft.unitId());
            }
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(current.visitDate());
            closedYears.requireOpen(draft.visitDate());
            Map<org.integritydesk.model.InspectionArea, VisitFinding> before = new LinkedHashMap<>();
            current.findings().forEach(f -> before.put(f.area(), f));
            List<VisitFinding> merged = new ArrayList<>();
            List<VisitFinding> fresh = new ArrayList<>();
            for (VisitFinding f : draft.findings()) {
                VisitFinding old = before.get(f.area());
                if (old != null && old.rectificationId() != null) {
                    merged.add(old);
                } else if (f.problem()) {
                    fresh.add(f);
                } else {
                    merged.add(VisitFinding.none(f.area()));
                }
            }
            for (VisitFinding old : current.findings()) {
                boolean kept = draft.findings().stream().anyMatch(f -> f.area() == old.area());
                if (!kept && old.rectificationId() != null) {
                    throw new ServiceException("error.visit.findingHasItem", current.number());
                }
            }
            VisitDraft onlyFresh = new VisitDraft(draft.visitDate(), draft.kind(), draft.unitId(), draft.group(),
                    draft.members(), draft.responsiblePerson(), draft.notes(), fresh);
            merged.addAll(ledgerItems(id, onlyFresh));
            SupervisionVisit changed = new SupervisionVisit(id, current.number(), draft.visitDate(), draft.kind(),
                    draft.unitId(), null, draft.group(), draft.members().strip(), trim(draft.responsiblePerson()),
                    trim(draft.notes()), merged, new RecordStamp(null, null, null, null, version));
            try {
                visits.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            SupervisionVisit saved = visits.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, saved.number(), changes.before(), changes.after(), null);
            return saved;
        });
    }

    /** Deletes a visit; refused while ledger items it found still exist (deal with them first). */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            SupervisionVisit current = readable(id, Action.DELETE);
            closedYears.requireOpen(current.visitDate());
            int open = items.findByVisit(id).size();
            if (open > 0) {
                throw new ServiceException("error.visit.hasItems", current.number(), open);
            }
            try {
                visits.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            audit.record(AuditKind.DELETE, RECORD_TYPE, id, current.number(), fields(current), null, null);
        });
    }

    /**
     * The guard of a finding's evidence photos, the owner id being the finding's ledger item: whoever
     * may see the visit (and is not recused from the item's cadre) sees them; whoever may change the
     * visit adds and removes them, while the visit's year is open.
     */
    public AttachmentService.OwnerAccess findingAttachmentAccess() {
        return new AttachmentService.OwnerAccess() {
            @Override
            public String ownerType() {
                return FINDING_OWNER_TYPE;
            }

            @Override
            public String requireView(UUID ownerId) {
                return findingLabel(ownerId, Action.VIEW);
            }

            @Override
            public String requireChange(UUID ownerId) {
                return findingLabel(ownerId, Action.UPDATE);
            }
        };
    }

    private String findingLabel(UUID itemId, Action action) {
        Rectification item = items.findById(itemId).filter(r -> r.visitId() != null)
                .orElseThrow(() -> new ServiceException("error.visit.noSuchFinding"));
        SupervisionVisit visit = readable(item.visitId(), action);
        if (item.cadreId() != null) {
            access.requireNotRecused(item.cadreId());
        }
        if (action != Action.VIEW) {
            closedYears.requireOpen(visit.visitDate());
        }
        return visit.number() + " / " + item.number();
    }

    /** The ledger items a visit found. */
    public List<Rectification> itemsOf(UUID visitId) {
        return tx.read(() -> {
            readable(visitId, Action.VIEW);
            return items.findByVisit(visitId);
        });
    }

    /** 监督检查记录表 for one visit; one PRINT event. */
    public PrintableDocument printRecord(UUID id, Locale locale) {
        SupervisionVisit visit = tx.read(() -> readable(id, Action.PRINT));
        return print(List.of(visit), locale, id, visit.number());
    }

    /** 监督检查记录表 for every visit of a year the user may see, one after another; one PRINT event. */
    public PrintableDocument printYear(int year, Locale locale) {
        List<SupervisionVisit> shown = list().stream().filter(v -> v.visitDate().getYear() == year)
                .sorted(java.util.Comparator.comparing(SupervisionVisit::visitDate).thenComparing(SupervisionVisit::number))
                .toList();
        if (shown.isEmpty()) {
            throw new ServiceException("error.visit.noneInYear", year);
        }
        return print(shown, locale, null, String.valueOf(year));
    }

    private PrintableDocument print(List<SupervisionVisit> shown, Locale locale, UUID recordId, String label) {
        PrintableDocument document = new ReportDocument(
                reports.get().visitRecords(shown, rectifications.bureauName(), locale), stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, recordId, label, null,
                Map.of("form", "supervision-record", "visits", shown.size(), "pages", document.pageCount()), null));
        return document;
    }

    private List<VisitFinding> ledgerItems(UUID visitId, VisitDraft draft) {
        List<VisitFinding> out = new ArrayList<>();
        for (VisitFinding f : draft.findings()) {
            if (!f.problem()) {
                out.add(VisitFinding.none(f.area()));
                continue;
            }
            RectificationDraft item = new RectificationDraft(ProblemSource.SUPERVISION, draft.unitId(), f.cadreId(),
                    ProblemCategory.of(f.area()), f.severity(), f.severity().suggestedResponse(), f.description(),
                    draft.visitDate(), f.measures(), draft.unitId(), draft.responsiblePerson(), f.deadline(),
                    f.severity().suggestedResponse() == org.integritydesk.model.ProblemResponse.RETURN_VISIT_EDUCATION
                            ? f.deadline().plusMonths(3) : null);
            Rectification created = rectifications.insert(item, visitId);
            audit.record(AuditKind.CREATE, RectificationService.RECORD_TYPE, created.id(), created.number(), null,
                    RectificationService.fields(created), null);
            out.add(new VisitFinding(f.area(), true, f.description().strip(), f.cadreId(), null, f.severity(),
                    f.measures().strip(), f.deadline(), created.id(), created.number()));
        }
        return out;
    }

    private SupervisionVisit readable(UUID id, Action action) {
        SupervisionVisit visit = visits.findById(id).orElseThrow(() -> new ServiceException("error.visit.notFound"));
        access.require(action, visit.unitId());
        return visit;
    }

    private List<FieldError> collectErrors(VisitDraft draft) {
        List<FieldError> errors = new ArrayList<>(VisitRules.check(draft, stamps.today()));
        UnitTree tree = new UnitTree(units.findAll());
        if (draft.unitId() != null && tree.find(draft.unitId()).isEmpty()) {
            errors.add(new FieldError("unit", "validation.unit.unknown"));
        }
        if (draft.findings() != null) {
            for (VisitFinding f : draft.findings()) {
                if (f.cadreId() != null && cadres.findById(f.cadreId()).filter(c -> !c.isDeleted()).isEmpty()) {
                    errors.add(new FieldError("findings." + f.area().name(), "validation.rectification.cadreUnknown"));
                }
            }
        }
        return errors;
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static SupervisionVisit withFindings(SupervisionVisit v, List<VisitFinding> findings) {
        return new SupervisionVisit(v.id(), v.number(), v.visitDate(), v.kind(), v.unitId(), v.unitName(), v.group(),
                v.members(), v.responsiblePerson(), v.notes(), findings, v.stamp());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> fields(SupervisionVisit v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("number", v.number());
        f.put("visitDate", v.visitDate().toString());
        f.put("kind", v.kind().name());
        f.put("unit", v.unitName() == null ? String.valueOf(v.unitId()) : v.unitName());
        f.put("group", v.group().name());
        f.put("members", v.members());
        f.put("responsiblePerson", v.responsiblePerson() == null ? "" : v.responsiblePerson());
        List<String> found = new ArrayList<>();
        for (VisitFinding finding : v.findings()) {
            found.add(finding.area().name() + (finding.problem() ? ":" + finding.description() : ":-"));
        }
        f.put("findings", found);
        return f;
    }
}
