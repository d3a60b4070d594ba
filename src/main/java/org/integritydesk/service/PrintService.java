package org.integritydesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.report.ReportCancelledException;

/**
 * Printing the 干部廉政档案表: gathers the files, fills the report, and hands back a document
 * to preview, save or print. Slow work: call it off the JavaFX thread.
 */
public final class PrintService {
    private final CadreService cadres;
    private final UnitService units;
    private final SetupService setup;
    private final Supplier<CadreFileReport> cadreFileReport;
    private final Clock clock;

    /** {@code cadreFileReport} is asked for the report on first use: loading its template takes a moment. */
    public PrintService(CadreService cadres, UnitService units, SetupService setup,
            Supplier<CadreFileReport> cadreFileReport, Clock clock) {
        this.cadres = cadres;
        this.units = units;
        this.setup = setup;
        this.cadreFileReport = cadreFileReport;
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

    /** Fills the sheets of the selected cadres, in unit order, as one document headed with {@code year}. */
    public PrintableDocument cadreFiles(CadreSelection selection, int year, Locale locale, ProgressListener progress,
            BooleanSupplier cancelled) {
        List<CadreFile> files = gather(selection);
        if (files.isEmpty()) {
            throw new ServiceException("error.print.nothing");
        }
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        try {
            return new ReportDocument(cadreFileReport.get().fill(files, bureau, year, locale, progress::progress, cancelled),
                    clock);
        } catch (ReportCancelledException e) {
            throw new CancellationException();
        }
    }

    private List<CadreFile> gather(CadreSelection selection) {
        if (selection instanceof CadreSelection.OneCadre one) {
            return List.of(cadres.openFile(one.cadreId()));
        }
        if (selection instanceof CadreSelection.ByIdNumber byId) {
            Cadre cadre = cadres.findByIdNumber(byId.idNumber()).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new ServiceException("error.print.noSuchCadre", IdNumber.mask(IdNumber.normalise(byId.idNumber()))));
            return List.of(cadres.openFile(cadre.id()));
        }
        if (selection instanceof CadreSelection.Cadres some) {
            return cadres.openFilesOf(some.cadreIds());
        }
        UnitTree tree = units.tree();
        if (selection instanceof CadreSelection.ByUnitCode byUnit) {
            OrgUnit unit = tree.findByCode(byUnit.unitCode())
                    .orElseThrow(() -> new ServiceException("error.print.noSuchUnit", byUnit.unitCode()));
            return cadres.openFiles(tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).toList());
        }
        if (selection instanceof CadreSelection.Units some) {
            return cadres.openFiles(some.unitIds());
        }
        return cadres.openFiles(tree.inDisplayOrder().stream().map(OrgUnit::id).toList());
    }
}
