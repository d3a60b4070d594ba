package org.integritydesk.cli.bench;

import org.integritydesk.model.CadreSummary;
import org.integritydesk.service.PrintService.CadreSelection;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ProgressListener;

/**
 * {@code file-sheet-ms first=.. p50=.. p95=.. max=..}: one cadre's 干部廉政档案表 in the print
 * preview, that is filling the sheet and drawing its first page as the preview's image, for cadres
 * picked at random. The first sheet loads the template and the fonts and is counted apart.
 */
public final class FileSheetMeasurement implements Measurement {
    /** The print preview's starting zoom. */
    static final float PREVIEW_ZOOM = 1.25f;

    private final int cadres;

    public FileSheetMeasurement(int cadres) {
        this.cadres = cadres;
    }

    @Override
    public void run(BenchContext context) {
        Samples first = new Samples();
        Samples later = new Samples();
        for (CadreSummary cadre : context.randomCadres(cadres)) {
            (first.count() == 0 ? first : later).time(() -> {
                PrintableDocument sheet = context.services().printing().cadreFiles(
                        new CadreSelection.OneCadre(cadre.id()), context.year(), context.messages().locale(),
                        ProgressListener.NONE, () -> false);
                return sheet.pagePng(0, PREVIEW_ZOOM);
            });
        }
        Figure figure = new Figure("file-sheet-ms").millis("first", first.max());
        context.print(later.count() == 0 ? figure : figure.spread(later));
    }
}
