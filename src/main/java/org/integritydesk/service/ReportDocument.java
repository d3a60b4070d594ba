package org.integritydesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.integritydesk.report.RenderedReport;
import org.integritydesk.report.ReportException;

/** A filled report as the screens and commands see it; saving goes through {@link AtomicFiles}. */
final class ReportDocument implements PrintableDocument {
    private final RenderedReport report;
    private final Clock clock;

    ReportDocument(RenderedReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Override
    public int pageCount() {
        return report.pageCount();
    }

    @Override
    public byte[] pagePng(int pageIndex, float zoom) {
        return report.renderPagePng(pageIndex, zoom);
    }

    @Override
    public void savePdf(Path target) {
        AtomicFiles.write(target, out -> report.writePdf(out, clock.instant()));
    }

    @Override
    public void print(boolean showDialog) {
        try {
            report.print(showDialog);
        } catch (ReportException e) {
            throw new ServiceException(e, "error.print.printer", e.getMessage());
        }
    }

    @Override
    public Set<String> charactersWithoutGlyph() {
        return report.charactersWithoutGlyph();
    }
}
