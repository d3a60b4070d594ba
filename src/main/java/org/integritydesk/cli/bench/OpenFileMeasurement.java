package org.integritydesk.cli.bench;

import org.integritydesk.model.CadreSummary;

/**
 * {@code open-file-ms first=.. p50=.. p95=.. max=..}: reading one cadre's whole file, as the
 * detail pane does when a row is selected, for cadres picked at random. The first read is apart.
 */
public final class OpenFileMeasurement implements Measurement {
    private final int cadres;

    public OpenFileMeasurement(int cadres) {
        this.cadres = cadres;
    }

    @Override
    public void run(BenchContext context) {
        Samples first = new Samples();
        Samples later = new Samples();
        for (CadreSummary cadre : context.randomCadres(cadres)) {
            (first.count() == 0 ? first : later).time(() -> context.services().cadres().openFile(cadre.id()));
        }
        Figure figure = new Figure("open-file-ms").millis("first", first.max());
        context.print(later.count() == 0 ? figure : figure.spread(later));
    }
}
