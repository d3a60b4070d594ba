package org.integritydesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.CommitmentRules;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.CommitmentReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.DuplicateKeyException;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * Yearly integrity commitments (廉政承诺书): generate a unit's for a year (one per cadre per year;
 * generating again adds only the missing ones), record the signing date, list who has not signed,
 * print them ready to sign. Access follows the commitment's unit. Every change and printout is
 * one audit event in its transaction. Nothing of a closed year's commitments (归档) is made, signed or
 * deleted ({@link ClosedYears}).
 */
public final class CommitmentService {
    private final Transactions tx;
    private final CommitmentRepository commitments;
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<CommitmentReport> report;
    private final ClosedYears closedYears;

    public CommitmentService(Transactions tx, CommitmentRepository commitments, CadreRepository cadres,
            UnitRepository units, Stamps stamps, AccessControl access, AuditTrail audit, SetupService setup,
            Supplier<CommitmentReport> report, ClosedYears closedYears) {
        this.tx = tx;
        this.commitments = commitments;
        this.cadres = cadres;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.report = report;
        this.closedYears = closedYears;
    }

    /** The commitments of {@code year} the user may see, by unit and name. */
    public List<CommitmentSummary> list(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return commitments.listLive(year).stream().filter(m -> scope.canSee(m.unitId(), m.cadreId())).toList();
        });
    }

    /** How many of the commitments {@link #list} lists are signed, of how many, counted without reading them. */
    public CommitmentRepository.Signing signing(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return commitments.signing(year, scope.visibleUnits(), scope.recused());
        });
    }

    /** What a generation did: commitments added (new or brought back) and cadres that already had one. */
    public record Generated(int added, int alreadyThere) {
    }

    /**
     * Makes the commitments of {@code year} for every active cadre of the unit and the units below
     * it who has none yet; cadres who have one are left as they are. One audit event for the lot.
     */
    public Generated generate(UUID unitId, Integer year) {
        return tx.inTransaction(() -> {
            FieldError yearProblem = CommitmentRules.checkYear(year, stamps.today());
            if (yearProblem != null) {
                throw new ValidationException(List.of(yearProblem));
            }
            UnitTree tree = new UnitTree(units.findAll());
            OrgUnit unit = tree.find(unitId).orElseThrow(() -> new ServiceException("error.unit.notFound"));
            access.require(Action.CREATE, unit.id());
            closedYears.requireOpen(year);
            Set<UUID> unitIds = new HashSet<>(tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).toList());
            AccessControl.Scope scope = access.scope(Action.CREATE);
            List<CadreSummary> inUnits = cadres.listLive().stream()
                    .filter(c -> unitIds.contains(c.unitId()) && scope.canSee(c.unitId(), c.id())).toList();
            Set<UUID> have = new HashSet<>(commitments.listLive(year).stream().map(CommitmentSummary::cadreId).toList());
            List<CadreSummary> missing = CommitmentRules.toGenerate(inUnits, have);
            long active = inUnits.stream().filter(c -> c.status() == CadreStatus.ACTIVE).count();
            Map<UUID, UUID> deleted = commitments.deletedRows(year);
            var stamp = stamps.next();
            List<Commitment> fresh = new ArrayList<>();
            int restored = 0;
            for (CadreSummary c : missing) {
                UUID deletedId = deleted.get(c.id());
                if (deletedId != null) {
                    commitments.restore(deletedId, c.unitId(), stamp);
                    restored++;
                } else {
                    fresh.add(new Commitment(UUID.randomUUID(), c.id(), c.unitId(), year, null, null, RecordStamp.NEW,
                            null));
                }
            }
            commitments.insertAll(fresh, stamp);
            Generated result = new Generated(fresh.size() + restored, (int) active - fresh.size() - restored);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("year", year);
            details.put("unit", unit.code());
            details.put("added", result.added());
            details.put("alreadyThere", result.alreadyThere());
            audit.record(AuditKind.CREATE, AuditTrail.COMMITMENT, null, unit.name(), null, details, null);
            return result;
        });
    }

    /**
     * Makes one cadre's commitment of {@code year}; refused with a clear message when the cadre
     * already has one (the unique constraint holds it too, against a second window).
     */
    public Commitment create(UUID cadreId, Integer year) {
        return tx.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>();
            FieldError yearProblem = CommitmentRules.checkYear(year, stamps.today());
            if (yearProblem != null) {
                errors.add(yearProblem);
            }
            if (cadreId == null) {
                errors.add(new FieldError("cadre", "validation.required"));
            }
            if (!errors.isEmpty()) {
                access.require(Action.CREATE);
                throw new ValidationException(errors);
            }
            Cadre cadre = cadres.findById(cadreId).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new ServiceException("error.cadre.notFound"));
            access.require(Action.CREATE, cadre.unitId());
            access.requireNotRecused(cadre.id());
            closedYears.requireOpen(year);
            var existing = commitments.find(cadreId, year);
            var stamp = stamps.next();
            UUID id;
            if (existing.isPresent() && existing.get().deletedAt() == null) {
                throw new ValidationException(List.of(new FieldError("cadre", "validation.commitment.exists",
                        cadre.name(), year)));
            } else if (existing.isPresent()) {
                id = existing.get().id();
                commitments.restore(id, cadre.unitId(), stamp);
            } else {
                id = UUID.randomUUID();
                try {
                    commitments.insertAll(List.of(new Commitment(id, cadreId, cadre.unitId(), year, null, null,
                            RecordStamp.NEW, null)), stamp);
                } catch (DuplicateKeyException e) {
                    throw new ValidationException(List.of(new FieldError("cadre", "validation.commitment.exists",
                            cadre.name(), year)));
                }
            }
            Commitment saved = commitments.findById(id).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.COMMITMENT, id, label(cadre, year), null, fields(saved), null);
            return saved;
        });
    }

    /** The rules of the signing form, for validation as the user types. */
    public List<FieldError> validateSigning(int year, LocalDate signedOn, String notes) {
        return CommitmentRules.checkSigning(year, signedOn, notes, stamps.today());
    }

    /**
     * Records the signing date (null: not signed) and notes if nobody saved the commitment since
     * {@code version} was read; otherwise refuses with {@link ConcurrentEditException}.
     */
    public Commitment recordSigning(UUID commitmentId, int version, LocalDate signedOn, String notes) {
        return tx.inTransaction(() -> {
            Commitment current = live(commitmentId, Action.UPDATE);
            Cadre cadre = cadres.findById(current.cadreId()).orElseThrow();
            List<FieldError> errors = CommitmentRules.checkSigning(current.year(), signedOn, notes, stamps.today());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            closedYears.requireOpen(current.year());
            String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
            try {
                commitments.updateSigning(commitmentId, version, signedOn, cleanNotes, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(cadre, current.year()), e);
            }
            Commitment saved = commitments.findById(commitmentId).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, AuditTrail.COMMITMENT, commitmentId, label(cadre, saved.year()),
                    changes.before(), changes.after(), null);
            return saved;
        });
    }

    public void delete(UUID commitmentId, int version) {
        tx.run(() -> {
            Commitment current = live(commitmentId, Action.DELETE);
            Cadre cadre = cadres.findById(current.cadreId()).orElseThrow();
            closedYears.requireOpen(current.year());
            try {
                commitments.softDelete(commitmentId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(cadre, current.year()), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.COMMITMENT, commitmentId, label(cadre, current.year()),
                    fields(current), null, null);
        });
    }

    /** Which commitments a printout covers. */
    public sealed interface Selection {
        record One(UUID commitmentId) implements Selection {
        }

        /** These commitments (what the list shows), by unit and name. */
        record Some(List<UUID> commitmentIds) implements Selection {
        }

        /** The commitments of a year, of one unit with the units below it when {@code unitCode} is given. */
        record ByYear(int year, String unitCode) implements Selection {
        }

        /** One cadre's commitment of a year, by ID number. */
        record ByCadre(String idNumber, int year) implements Selection {
        }
    }

    /**
     * Fills the 廉政承诺书 of the selected commitments the user may print, one per cadre, and records
     * the printout (a cancelled fill records nothing). Slow: call it off the JavaFX thread.
     */
    public PrintableDocument print(Selection selection, Locale locale, String purpose, ProgressListener progress,
            BooleanSupplier cancelled) {
        Gathered gathered = tx.read(() -> gather(selection));
        if (gathered.rows().isEmpty()) {
            throw new ServiceException("error.commitment.nothingToPrint");
        }
        List<CommitmentReport.Sheet> sheets = gathered.rows().stream()
                .map(m -> new CommitmentReport.Sheet(m.unitName(), m.cadreName(), m.cadreIdNumber(), m.position(),
                        m.year()))
                .toList();
        return BatchPrints.fillAndRecord(tx, setup, stamps, audit,
                (bureau, listener, stop) -> report.get().fill(sheets, bureau, locale, listener, stop),
                progress, cancelled, new BatchPrints.Printed(AuditTrail.COMMITMENT, gathered.recordId(),
                        gathered.label(), "commitment", gathered.selection(), "commitments", sheets.size()),
                purpose);
    }

    private record Gathered(List<CommitmentSummary> rows, String selection, UUID recordId, String label) {
    }

    private Gathered gather(Selection selection) {
        if (selection instanceof Selection.One one) {
            Commitment m = live(one.commitmentId(), Action.PRINT);
            List<CommitmentSummary> rows = commitments.findSummaries(List.of(m.id()));
            return new Gathered(rows, "commitment", m.id(), rows.isEmpty() ? null : label(rows.get(0)));
        }
        if (selection instanceof Selection.ByCadre byCadre) {
            String normalised = IdNumber.normalise(byCadre.idNumber());
            Cadre cadre = cadres.findByIdNumber(normalised).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new ServiceException("error.print.noSuchCadre", IdNumber.mask(normalised)));
            access.require(Action.PRINT, cadre.unitId());
            access.requireNotRecused(cadre.id());
            Commitment m = commitments.find(cadre.id(), byCadre.year()).filter(c -> c.deletedAt() == null)
                    .orElseThrow(() -> new ServiceException("error.commitment.noneForCadre", cadre.name(),
                            byCadre.year()));
            access.require(Action.PRINT, m.unitId());
            return new Gathered(commitments.findSummaries(List.of(m.id())), "cadre", m.id(), label(cadre, m.year()));
        }
        List<CommitmentSummary> rows;
        String what;
        String label = null;
        if (selection instanceof Selection.Some some) {
            rows = commitments.findSummaries(some.commitmentIds());
            what = "commitments";
        } else {
            Selection.ByYear byYear = (Selection.ByYear) selection;
            rows = commitments.listLive(byYear.year());
            what = "year " + byYear.year();
            if (byYear.unitCode() != null) {
                BatchPrints.UnitScope narrowed = BatchPrints.unitScope(new UnitTree(units.findAll()), byYear.unitCode(),
                        access);
                rows = rows.stream().filter(r -> narrowed.unitIds().contains(r.unitId())).toList();
                what += " unit " + narrowed.unit().code();
                label = narrowed.unit().name();
            }
        }
        AccessControl.Scope scope = access.scope(Action.PRINT);
        return new Gathered(rows.stream().filter(r -> scope.canSee(r.unitId(), r.cadreId())).toList(), what, null,
                label);
    }

    /** The 廉政承诺 section of the cadre's file: one line per year, signed on a day or not yet signed. */
    public FileSections.Source fileSource(Messages messages) {
        return new FileSections.Source() {
            @Override
            public FileSection section() {
                return FileSection.COMMITMENTS;
            }

            @Override
            public List<SectionEntry> entries(UUID cadreId) {
                return commitments.findByCadre(cadreId).stream()
                        .map(m -> new SectionEntry(m.signedOn(), messages.get("commitment.fileEntry.title", m.year()),
                                m.isSigned() ? messages.get("commitment.fileEntry.signed")
                                        : messages.get("commitment.fileEntry.unsigned")))
                        .toList();
            }
        };
    }

    private Commitment live(UUID id, Action action) {
        Commitment m = commitments.findById(id).filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> new ServiceException("error.commitment.notFound"));
        access.require(action, m.unitId());
        access.requireNotRecused(m.cadreId());
        return m;
    }

    private static String label(Cadre cadre, int year) {
        return cadre.name() + " " + year;
    }

    private static String label(CommitmentSummary m) {
        return m.cadreName() + " " + m.year();
    }

    private static Map<String, Object> fields(Commitment m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", m.year());
        f.put("unitId", m.unitId().toString());
        f.put("signedOn", m.signedOn() == null ? "" : m.signedOn().toString());
        f.put("notes", m.notes() == null ? "" : m.notes());
        return f;
    }
}
