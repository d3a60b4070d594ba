package org.integritydesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.report.ReportCancelledException;
import org.integritydesk.store.Transactions;

/**
 * Printing the 干部廉政档案表: gathers the files, fills the report, and hands back a document
 * to preview, save or print. Slow work: call it off the JavaFX thread.
 *
 * <p>Each filled printout is one audit event (kind PRINT) naming the selection and how many
 * cadres it holds; the files it reads for that are not audited one by one as views.
 */
public final class PrintService {
    private final Transactions tx;
    private final CadreService cadres;
    private final UnitService units;
    private final SetupService setup;
    private final Supplier<CadreFileReport> cadreFileReport;
    private final AuditTrail audit;
    private final Clock clock;

    /** {@code cadreFileReport} is asked for the report on first use: loading its template takes a moment. */
    public PrintService(Transactions tx, CadreService cadres, UnitService units, SetupService setup,
            Supplier<CadreFileReport> cadreFileReport, AuditTrail audit, Clock clock) {
        this.tx = tx;
        this.cadres = cadres;
        this.units = units;
        this.setup = setup;
        this.cadreFileReport = cadreFileReport;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which cadres a printout covers. */
    public sealed interface CadreSelection {
        record OneCadre(UUID cadreId) implements CadreSelection {
        }

        record ByIdNumber(String idNumber) implements CadreSelection {
        }

        /** The unit with every unit below it. */
        record ByUnitCode(String unitCode) implements CadreSelection {
        }

        record Units(List<UUID> unitIds) implements CadreSelection {
        }

        /** These cadres, in this order; any in the recycle bin are left out. */
        record Cadres(List<UUID> cadreIds) implements CadreSelection {
        }

        record Everyone() implements CadreSelection {
        }
    }

    public PrintableDocument cadreFiles(CadreSelection selection, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        return cadreFiles(selection, LocalDate.now(clock).getYear(), locale, progress, cancelled);
    }

    /**
     * Fills the sheets of the selected cadres, in unit order, as one document headed with {@code year},
     * and records the printout in the audit trail (a cancelled fill records nothing).
     */
    public PrintableDocument cadreFiles(CadreSelection selection, int year, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        return cadreFiles(selection, year, locale, null, progress, cancelled);
    }

    /** As above, recording why the files are printed ({@code purpose}, as the user gave it) with the printout. */
    public PrintableDocument cadreFiles(CadreSelection selection, int year, Locale locale, String purpose,
            ProgressListener progress, BooleanSupplier cancelled) {
        Gathered gathered = gather(selection);
        if (gathered.files().isEmpty()) {
            throw new ServiceException("error.print.nothing");
        }
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        PrintableDocument document;
        try {
            document = new ReportDocument(cadreFileReport.get().fill(gathered.files(), bureau, year, locale,
                    progress::progress, cancelled), clock);
        } catch (ReportCancelledException e) {
            throw new CancellationException();
        }
        // its own transaction: the fill reads in several, and takes too long to hold the audit head
        tx.run(() -> audit.record(AuditKind.PRINT, gathered.recordType(), gathered.recordId(), gathered.label(), null,
                printDetails(gathered, year, document.pageCount()), purpose));
        return document;
    }

    /** The files of a selection and how the audit event names it. */
    private record Gathered(List<CadreFile> files, String selection, String recordType, UUID recordId, String label,
            List<UUID> unitIds) {
    }

    private static Map<String, Object> printDetails(Gathered gathered, int year, int pages) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "cadre-file");
        details.put("selection", gathered.selection());
        if (!gathered.unitIds().isEmpty()) {
            details.put("unitIds", gathered.unitIds());
        }
        details.put("cadres", gathered.files().size());
        details.put("pages", pages);
        details.put("year", year);
        return details;
    }

    private Gathered gather(CadreSelection selection) {
        if (selection instanceof CadreSelection.OneCadre one) {
            return oneCadre(cadres.openFileFor(one.cadreId(), Action.PRINT));
        }
        if (selection instanceof CadreSelection.ByIdNumber byId) {
            Cadre cadre = cadres.findByIdNumber(byId.idNumber(), Action.PRINT).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new ServiceException("error.print.noSuchCadre", IdNumber.mask(IdNumber.normalise(byId.idNumber()))));
            return oneCadre(cadres.openFileFor(cadre.id(), Action.PRINT));
        }
        if (selection instanceof CadreSelection.Cadres some) {
            return new Gathered(cadres.openFilesOf(some.cadreIds(), Action.PRINT), "cadres", AuditTrail.CADRE_FILES,
                    null, null, List.of());
        }
        UnitTree tree = units.tree();
        if (selection instanceof CadreSelection.ByUnitCode byUnit) {
            OrgUnit unit = tree.findByCode(byUnit.unitCode())
                    .orElseThrow(() -> new ServiceException("error.print.noSuchUnit", byUnit.unitCode()));
            cadres.requireUnitAccess(Action.PRINT, unit.id());
            List<CadreFile> files = cadres.openFiles(tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).toList(),
                    Action.PRINT);
            return new Gathered(files, "unitWithSubUnits", AuditTrail.UNIT, unit.id(), unit.name(), List.of());
        }
        if (selection instanceof CadreSelection.Units some) {
            return new Gathered(cadres.openFiles(some.unitIds(), Action.PRINT), "units", AuditTrail.CADRE_FILES, null,
                    null, some.unitIds());
        }
        List<CadreFile> files = cadres.openFiles(tree.inDisplayOrder().stream().map(OrgUnit::id).toList(), Action.PRINT);
        return new Gathered(files, "everyone", AuditTrail.CADRE_FILES, null, null, List.of());
    }

    private static Gathered oneCadre(CadreFile file) {
        return new Gathered(List.of(file), "cadre", AuditTrail.CADRE, file.cadre().id(), file.cadre().name(), List.of());
    }
}
