package org.integritydesk.service;

import java.time.Clock;
import java.time.LocalDate;
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
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationFilter;
import org.integritydesk.model.RegulationRules;
import org.integritydesk.report.RegulationRegisterReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.RegulationRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.VersionConflictException;

/**
 * The bureau's regulations register (制度建设). The register is bureau-wide: everyone who may see
 * records (inspectors, clerks of every unit, leaders) sees all of it; only a role with
 * {@link Action#MANAGE_REGULATIONS} (the inspector) adds, changes and deletes. Each change and each
 * printout is one audit event in its transaction. A rule's document file is an attachment with
 * owner type {@value #OWNER_TYPE}; {@link #attachmentAccess()} is its guard. A rule issued or
 * repealed in a closed year (归档), with its document files, is not changed or deleted, and a change
 * that would date it in one is refused ({@link ClosedYears}).
 */
public final class RegulationService {
    public static final String OWNER_TYPE = "regulation";

    private final Transactions tx;
    private final RegulationRepository regulations;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<RegulationRegisterReport> report;
    private final Clock clock;
    private final ClosedYears closedYears;

    /** {@code report} is asked for on the first printout: loading its template takes a moment. */
    public RegulationService(Transactions tx, RegulationRepository regulations, Stamps stamps, AccessControl access,
            AuditTrail audit, SetupService setup, Supplier<RegulationRegisterReport> report, ClosedYears closedYears) {
        this.tx = tx;
        this.regulations = regulations;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.report = report;
        this.clock = stamps.clock();
        this.closedYears = closedYears;
    }

    /** Every live rule, newest first, for anyone who may see records. */
    public List<Regulation> list() {
        return tx.read(() -> {
            access.require(Action.VIEW);
            return regulations.listLive();
        });
    }

    /** Whether the user may add, change and delete rules (the screen shows the form read-only otherwise). */
    public boolean mayEdit() {
        return tx.read(() -> access.allows(Action.MANAGE_REGULATIONS, null));
    }

    public Regulation find(UUID id) {
        return tx.read(() -> {
            access.require(Action.VIEW);
            return liveOrFail(id);
        });
    }

    /** The form's rules; nothing here needs the database, but the form asks the service as for cadres. */
    public List<FieldError> validate(RegulationDraft draft) {
        return RegulationRules.check(draft, stamps.today());
    }

    public Regulation create(RegulationDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_REGULATIONS);
            check(draft);
            closedYears.requireOpen(draft.issuedOn());
            closedYears.requireOpen(draft.repealedOn());
            Regulation regulation = toRegulation(UUID.randomUUID(), draft, RecordStamp.NEW);
            regulations.insert(regulation, stamps.next());
            Regulation created = regulations.findById(regulation.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.REGULATION, created.id(), created.title(), null, fields(created),
                    null);
            return created;
        });
    }

    /** Saves the form over the stored rule if nobody saved it since {@code version} was read. */
    public Regulation update(UUID id, int version, RegulationDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_REGULATIONS);
            Regulation current = liveOrFail(id);
            check(draft);
            requireOpen(current);
            closedYears.requireOpen(draft.issuedOn());
            closedYears.requireOpen(draft.repealedOn());
            Regulation changed = toRegulation(id, draft, new RecordStamp(null, null, null, null, version));
            try {
                regulations.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.title(), e);
            }
            Regulation saved = regulations.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, AuditTrail.REGULATION, id, saved.title(), changes.before(), changes.after(),
                    null);
            return saved;
        });
    }

    /** Deletes the rule (soft: the row and its document file stay stored). */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            access.require(Action.MANAGE_REGULATIONS);
            Regulation current = liveOrFail(id);
            requireOpen(current);
            try {
                regulations.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.title(), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.REGULATION, id, current.title(), fields(current), null, null);
        });
    }

    /**
     * Fills the register (制度建设台账) of the rules the filter keeps, in register order, and records
     * the printout. Slow: call it off the JavaFX thread.
     *
     * @param filter the year, kind, status and words as on screen; {@link RegulationFilter#ALL} for the whole register
     */
    public PrintableDocument printRegister(RegulationFilter filter, Locale locale) {
        List<Regulation> rows = tx.read(() -> {
            access.require(Action.PRINT);
            return regulations.listLive().stream().filter(filter::matches).toList();
        });
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        PrintableDocument document = new ReportDocument(report.get().fill(rows,
                new RegulationRegisterReport.Heading(bureau, filter.year(), filter.kind(), filter.status(),
                        LocalDate.now(clock)), locale), clock);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "regulations");
        details.put("year", filter.year());
        details.put("kind", filter.kind());
        details.put("status", filter.status());
        details.put("text", filter.text() == null || filter.text().isBlank() ? null : filter.text().strip());
        details.put("rows", rows.size());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, AuditTrail.REGULATIONS, null, null, null, details, null));
        return document;
    }

    /** The guard of rules' attachments: everyone who sees the register sees them; the inspector changes them. */
    public AttachmentService.OwnerAccess attachmentAccess() {
        return new AttachmentService.OwnerAccess() {
            @Override
            public String ownerType() {
                return OWNER_TYPE;
            }

            @Override
            public String requireView(UUID ownerId) {
                access.require(Action.VIEW);
                return regulations.findById(ownerId).orElseThrow(() -> new ServiceException("error.regulation.notFound"))
                        .title();
            }

            @Override
            public String requireChange(UUID ownerId) {
                access.require(Action.MANAGE_REGULATIONS);
                Regulation regulation = liveOrFail(ownerId);
                requireOpen(regulation);
                return regulation.title();
            }
        };
    }

    private Regulation liveOrFail(UUID id) {
        Regulation found = regulations.findById(id).orElseThrow(() -> new ServiceException("error.regulation.notFound"));
        if (found.deletedAt() != null) {
            throw new ServiceException("error.regulation.notFound");
        }
        return found;
    }

    /** Refuses a change to a rule issued or repealed in a closed year (归档). */
    private void requireOpen(Regulation regulation) {
        closedYears.requireOpen(regulation.issuedOn());
        closedYears.requireOpen(regulation.repealedOn());
    }

    private void check(RegulationDraft draft) {
        List<FieldError> errors = new ArrayList<>(RegulationRules.check(draft, stamps.today()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Regulation toRegulation(UUID id, RegulationDraft d, RecordStamp stamp) {
        return new Regulation(id, d.title().strip(), trimToNull(d.documentNumber()), d.issuedOn(), d.kind(),
                d.issuingUnit().strip(), d.status(), d.repealedOn(), trimToNull(d.summary()), stamp, null);
    }

    private static Map<String, Object> fields(Regulation r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", r.title());
        fields.put("documentNumber", r.documentNumber());
        fields.put("issuedOn", r.issuedOn());
        fields.put("kind", r.kind());
        fields.put("issuingUnit", r.issuingUnit());
        fields.put("status", r.status());
        fields.put("repealedOn", r.repealedOn());
        fields.put("summary", r.summary());
        return fields;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
