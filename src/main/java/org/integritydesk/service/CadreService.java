package org.integritydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.MobileNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.DuplicateKeyException;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * The cadre clean-government file: list, open, add, edit, delete to the recycle bin, restore. Each
 * change, and each opening of a file for a person to read, is one audit event in its transaction.
 */
public final class CadreService {
    private final Transactions tx;
    private final FileSections sections;
    private final CadreRepository cadres;
    private final FamilyBusinessRepository family;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;

    public CadreService(Transactions tx, CadreRepository cadres, FamilyBusinessRepository family, UnitRepository units,
            Stamps stamps, AccessControl access, AuditTrail audit, FileSections sections) {
        this.tx = tx;
        this.sections = sections;
        this.cadres = cadres;
        this.family = family;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
    }

    /** The live cadres the user may see: their units only for a clerk, never their own or relatives' files. */
    public List<CadreSummary> listCadres() {
        return tx.read(() -> visible(cadres.listLive(), Action.VIEW));
    }

    public List<CadreSummary> listRecycleBin() {
        return tx.read(() -> visible(cadres.listDeleted(), Action.DELETE));
    }

    private List<CadreSummary> visible(List<CadreSummary> all, Action action) {
        AccessControl.Scope scope = access.scope(action);
        return all.stream().filter(c -> scope.canSee(c.unitId(), c.id())).toList();
    }

    /**
     * The whole file of one cadre, deleted or not, for a person to look at, if they may: the
     * viewing is audited (kind VIEW) with the reason they gave.
     *
     * @param purpose why the file is opened; null or blank when the user was not asked
     */
    public CadreFile openFile(UUID cadreId, String purpose) {
        return tx.inTransaction(() -> {
            CadreFile file = assemble(readable(cadreId, Action.VIEW), new UnitTree(units.findAll()));
            audit.record(AuditKind.VIEW, AuditTrail.CADRE, cadreId, file.cadre().name(), null, null, purpose);
            return file;
        });
    }

    /**
     * The whole file without an audit event, checked for viewing: for use cases that audit what
     * they do with it themselves. A person looking at a file goes through {@link #openFile(UUID, String)}.
     */
    public CadreFile openFile(UUID cadreId) {
        return tx.read(() -> assemble(readable(cadreId, Action.VIEW), new UnitTree(units.findAll())));
    }

    /** Refuses unless the user may do {@code action} on records of this unit (printing a whole unit, say). */
    public void requireUnitAccess(Action action, UUID unitId) {
        tx.read(() -> {
            access.require(action, unitId);
            return null;
        });
    }

    /** The whole file for another action than viewing (printing, exporting), checked for that action. */
    public CadreFile openFileFor(UUID cadreId, Action action) {
        return tx.read(() -> assemble(readable(cadreId, action), new UnitTree(units.findAll())));
    }

    /** Whether the user may see this cadre's ID number whole (the file view shows it masked otherwise). */
    public boolean maySeeFullIdNumber(UUID cadreId) {
        return tx.read(() -> cadres.findById(cadreId).map(c -> access.allows(Action.VIEW_FULL_ID, c.unitId()))
                .orElse(false));
    }

    /** Files of every live cadre in the given units that the user may see with {@code action}, in print order. */
    public List<CadreFile> openFiles(List<UUID> unitIds, Action action) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(action);
            UnitTree tree = new UnitTree(units.findAll());
            List<CadreFile> files = new ArrayList<>();
            for (Cadre cadre : cadres.findLiveByUnits(unitIds)) {
                if (scope.canSee(cadre.unitId(), cadre.id())) {
                    files.add(assemble(cadre, tree));
                }
            }
            return files;
        });
    }

    /** A cadre by ID number, checked like {@link #openFile} for {@code action}. */
    public Optional<Cadre> findByIdNumber(String idNumber, Action action) {
        return tx.read(() -> {
            Optional<Cadre> found = cadres.findByIdNumber(IdNumber.normalise(idNumber));
            found.ifPresent(c -> {
                access.require(action, c.unitId());
                access.requireNotRecused(c.id());
            });
            return found;
        });
    }

    private Cadre readable(UUID cadreId, Action action) {
        Cadre cadre = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
        access.require(action, cadre.unitId());
        access.requireNotRecused(cadre.id());
        return cadre;
    }

    /**
     * Files of the given cadres the user may see with {@code action}, in the order given; cadres
     * in the recycle bin or unknown are left out.
     */
    public List<CadreFile> openFilesOf(List<UUID> cadreIds, Action action) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(action);
            UnitTree tree = new UnitTree(units.findAll());
            List<CadreFile> files = new ArrayList<>();
            for (UUID id : cadreIds) {
                cadres.findById(id).filter(c -> !c.isDeleted() && scope.canSee(c.unitId(), c.id()))
                        .ifPresent(c -> files.add(assemble(c, tree)));
            }
            return files;
        });
    }

    /** The form's rules plus the ones only the database can answer (unique ID number, unit exists). */
    public List<FieldError> validate(CadreDraft draft, UUID editingId) {
        return tx.read(() -> collectErrors(draft, editingId));
    }

    public Cadre create(CadreDraft draft) {
        return tx.inTransaction(() -> {
            if (draft.unitId() != null) {
                access.require(Action.CREATE, draft.unitId());
            } else {
                access.require(Action.CREATE);
            }
            List<FieldError> errors = collectErrors(draft, null);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Cadre cadre = toCadre(UUID.randomUUID(), draft, RecordStamp.NEW);
            var stamp = stamps.next();
            try {
                cadres.insert(cadre, NameInitials.of(cadre.name()), stamp);
            } catch (DuplicateKeyException e) {
                throw new ValidationException(List.of(new FieldError("idNumber", "validation.idNumber.taken")));
            }
            List<FamilyBusiness> familyRows = toFamily(cadre.id(), draft);
            family.insertAll(familyRows, stamp);
            Cadre created = cadres.findById(cadre.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.CADRE, created.id(), created.name(), null,
                    AuditFields.of(created, familyRows), null);
            return created;
        });
    }

    /**
     * Saves the form over the stored cadre if nobody saved it since {@code version} was read;
     * otherwise refuses with {@link ConcurrentEditException} and changes nothing.
     */
    public Cadre update(UUID cadreId, int version, CadreDraft draft) {
        return tx.inTransaction(() -> {
            Cadre current = readable(cadreId, Action.UPDATE);
            if (current.isDeleted()) {
                throw new ServiceException("error.cadre.deleted", current.name());
            }
            if (draft.unitId() != null && !draft.unitId().equals(current.unitId())) {
                access.require(Action.UPDATE, draft.unitId());
            }
            List<FieldError> errors = collectErrors(draft, cadreId);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Cadre changed = toCadre(cadreId, draft, new RecordStamp(null, null, null, null, version));
            Map<String, Object> before = AuditFields.of(current, family.findByCadre(cadreId));
            var stamp = stamps.next();
            try {
                cadres.update(changed, NameInitials.of(changed.name()), stamp);
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            List<FamilyBusiness> familyRows = toFamily(cadreId, draft);
            family.replaceForCadre(cadreId, familyRows, stamp);
            Cadre saved = cadres.findById(cadreId).orElseThrow();
            AuditText.Changes changes = AuditText.changes(before, AuditFields.of(saved, familyRows));
            audit.record(AuditKind.UPDATE, AuditTrail.CADRE, cadreId, saved.name(), changes.before(), changes.after(),
                    null);
            return saved;
        });
    }

    /** Moves the cadre to the recycle bin; the file and everything in it stay stored. */
    public void delete(UUID cadreId, int version) {
        tx.run(() -> {
            Cadre current = readable(cadreId, Action.DELETE);
            try {
                cadres.softDelete(cadreId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.CADRE, cadreId, current.name(), null, null, null);
        });
    }

    public void restore(UUID cadreId, int version) {
        tx.run(() -> {
            Cadre current = readable(cadreId, Action.DELETE);
            if (units.findById(current.unitId()).isEmpty()) {
                throw new ServiceException("error.cadre.unitGone", current.name());
            }
            try {
                cadres.restore(cadreId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            audit.record(AuditKind.RESTORE, AuditTrail.CADRE, cadreId, current.name(), null, null, null);
        });
    }

    /** The form content of a stored cadre, for editing. */
    public CadreDraft draftOf(UUID cadreId) {
        return forEditing(cadreId).draft();
    }

    /** A stored cadre opened for editing: the row (its version is what the save checks) and the form content. */
    public record Editing(Cadre cadre, CadreDraft draft) {
    }

    /** The cadre and its form content, read once, if the user may change it. */
    public Editing forEditing(UUID cadreId) {
        return tx.read(() -> {
            Cadre c = readable(cadreId, Action.UPDATE);
            List<CadreDraft.FamilyBusinessDraft> rows = family.findByCadre(cadreId).stream()
                    .map(f -> new CadreDraft.FamilyBusinessDraft(f.relation(), f.name(), f.businessKind(),
                            f.employerOrBusiness(), f.inJurisdiction(), f.notes()))
                    .toList();
            return new Editing(c, new CadreDraft(c.unitId(), c.name(), c.idNumber().value(), c.ethnicity(),
                    c.politicalStatus(), c.education(), c.position(), c.category(), c.importantPosition(), c.status(),
                    c.mobile(), c.workStartDate(), c.appointmentDate(), c.notes(), rows));
        });
    }

    private List<FieldError> collectErrors(CadreDraft draft, UUID editingId) {
        List<FieldError> errors = new ArrayList<>(CadreRules.check(draft, stamps.today()));
        if (draft.unitId() != null && units.findById(draft.unitId()).isEmpty()) {
            errors.add(new FieldError("unit", "validation.unit.unknown"));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("idNumber"))) {
            cadres.findByIdNumber(IdNumber.normalise(draft.idNumber()))
                    .filter(other -> !other.id().equals(editingId))
                    .ifPresent(other -> errors.add(new FieldError("idNumber",
                            other.isDeleted() ? "validation.idNumber.inRecycleBin" : "validation.idNumber.taken",
                            other.name())));
        }
        return errors;
    }

    private Cadre toCadre(UUID id, CadreDraft d, RecordStamp stamp) {
        return new Cadre(id, d.unitId(), PersonName.normalise(d.name()), IdNumber.parse(d.idNumber(), stamps.today()),
                trimToNull(d.ethnicity()), trimToNull(d.politicalStatus()), trimToNull(d.education()),
                d.position().strip(), d.category(), d.importantPosition(), d.status(),
                d.mobile() == null || d.mobile().isBlank() ? null : MobileNumber.normalise(d.mobile()),
                d.workStartDate(), d.appointmentDate(), trimToNull(d.notes()), stamp, null);
    }

    private static List<FamilyBusiness> toFamily(UUID cadreId, CadreDraft d) {
        if (d.familyBusinesses() == null) {
            return List.of();
        }
        return d.familyBusinesses().stream()
                .map(f -> new FamilyBusiness(UUID.randomUUID(), cadreId, f.relation(), PersonName.normalise(f.name()),
                        f.businessKind(), f.employerOrBusiness().strip(), f.inJurisdiction(), trimToNull(f.notes())))
                .toList();
    }

    private CadreFile assemble(Cadre cadre, UnitTree tree) {
        OrgUnit unit = tree.find(cadre.unitId()).orElse(null);
        return new CadreFile(cadre, unit, tree.pathOf(cadre.unitId()), family.findByCadre(cadre.id()),
                sections.entriesFor(cadre.id()));
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
