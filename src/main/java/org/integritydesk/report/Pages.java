package org.integritydesk.report;

import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Joining separately filled forms into one document: each form is filled on its own so that its
 * "共 M 页" counts its own pages, then its pages are added to the first form's print.
 */
final class Pages {
    private Pages() {
    }

    /** {@code next} itself when nothing is combined yet; otherwise {@code combined} with next's pages added. */
    static JasperPrint append(JasperPrint combined, JasperPrint next) {
        if (combined == null) {
            return next;
        }
        for (JRPrintPage page : next.getPages()) {
            combined.addPage(page);
        }
        return combined;
    }
}
