package org.integritydesk.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.MobileNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.UnitTree;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.DuplicateKeyException;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/** The cadre clean-government file: list, open, add, edit, delete to the recycle bin, restore. */
public final class CadreService {
    private final Transactions tx;
    private final CadreRepository cadres;
    private final FamilyBusinessRepository family;
    private final UnitRepository units;
    private final Stamps stamps;

    public CadreService(Transactions tx, CadreRepository cadres, FamilyBusinessRepository family, UnitRepository units,
            Stamps stamps) {
        this.tx = tx;
        this.cadres = cadres;
        this.family = family;
        this.units = units;
        this.stamps = stamps;
    }

    public List<CadreSummary> listCadres() {
        return tx.read(cadres::listLive);
    }

    public List<CadreSummary> listRecycleBin() {
        return tx.read(cadres::listDeleted);
    }

    /** The whole file of one cadre, deleted or not. */
    public CadreFile openFile(UUID cadreId) {
        return tx.read(() -> {
            Cadre cadre = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            return assemble(cadre, new UnitTree(units.findAll()));
        });
    }

    /** Files of every live cadre in the given units, in print order. */
    public List<CadreFile> openFiles(List<UUID> unitIds) {
        return tx.read(() -> {
            UnitTree tree = new UnitTree(units.findAll());
            List<CadreFile> files = new ArrayList<>();
            for (Cadre cadre : cadres.findLiveByUnits(unitIds)) {
                files.add(assemble(cadre, tree));
            }
            return files;
        });
    }

    /** Files of the given cadres in the order given; cadres in the recycle bin or unknown are left out. */
    public List<CadreFile> openFilesOf(List<UUID> cadreIds) {
        return tx.read(() -> {
            UnitTree tree = new UnitTree(units.findAll());
            List<CadreFile> files = new ArrayList<>();
            for (UUID id : cadreIds) {
                cadres.findById(id).filter(c -> !c.isDeleted()).ifPresent(c -> files.add(assemble(c, tree)));
            }
            return files;
        });
    }

    public Optional<Cadre> findByIdNumber(String idNumber) {
        return tx.read(() -> cadres.findByIdNumber(IdNumber.normalise(idNumber)));
    }

    /** The form's rules plus the ones only the database can answer (unique ID number, unit exists). */
    public List<FieldError> validate(CadreDraft draft, UUID editingId) {
        return tx.read(() -> collectErrors(draft, editingId));
    }

    public Cadre create(CadreDraft draft) {
        return tx.inTransaction(() -> {
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
            family.insertAll(toFamily(cadre.id(), draft), stamp);
            return cadres.findById(cadre.id()).orElseThrow();
        });
    }

    /**
     * Saves the form over the stored cadre if nobody saved it since {@code version} was read;
     * otherwise refuses with {@link ConcurrentEditException} and changes nothing.
     */
    public Cadre update(UUID cadreId, int version, CadreDraft draft) {
        return tx.inTransaction(() -> {
            Cadre current = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            if (current.isDeleted()) {
                throw new ServiceException("error.cadre.deleted", current.name());
            }
            List<FieldError> errors = collectErrors(draft, cadreId);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Cadre changed = toCadre(cadreId, draft, new RecordStamp(null, null, null, null, version));
            var stamp = stamps.next();
            try {
                cadres.update(changed, NameInitials.of(changed.name()), stamp);
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            family.replaceForCadre(cadreId, toFamily(cadreId, draft), stamp);
            return cadres.findById(cadreId).orElseThrow();
        });
    }

    /** Moves the cadre to the recycle bin; the file and everything in it stay stored. */
    public void delete(UUID cadreId, int version) {
        tx.run(() -> {
            Cadre current = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            try {
                cadres.softDelete(cadreId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
        });
    }

    public void restore(UUID cadreId, int version) {
        tx.run(() -> {
            Cadre current = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            if (units.findById(current.unitId()).isEmpty()) {
                throw new ServiceException("error.cadre.unitGone", current.name());
            }
            try {
                cadres.restore(cadreId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
        });
    }

    /** The form content of a stored cadre, for editing. */
    public CadreDraft draftOf(UUID cadreId) {
        return tx.read(() -> {
            Cadre c = cadres.findById(cadreId).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            List<CadreDraft.FamilyBusinessDraft> rows = family.findByCadre(cadreId).stream()
                    .map(f -> new CadreDraft.FamilyBusinessDraft(f.relation(), f.name(), f.businessKind(),
                            f.employerOrBusiness(), f.inJurisdiction(), f.notes()))
                    .toList();
            return new CadreDraft(c.unitId(), c.name(), c.idNumber().value(), c.ethnicity(), c.politicalStatus(),
                    c.education(), c.position(), c.category(), c.importantPosition(), c.status(), c.mobile(),
                    c.workStartDate(), c.appointmentDate(), c.notes(), rows);
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
        Map<FileSection, List<SectionEntry>> later = new EnumMap<>(FileSection.class);
        return new CadreFile(cadre, unit, tree.pathOf(cadre.unitId()), family.findByCadre(cadre.id()), later);
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
