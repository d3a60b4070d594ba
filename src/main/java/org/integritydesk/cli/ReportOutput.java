package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;

/** What the report commands print once the PDF is written, as {@code report cadre-file} does. */
final class ReportOutput {
    private ReportOutput() {
    }

    static void write(PrintableDocument document, Path out, long startedNanos, Messages messages) {
        document.savePdf(out);
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        System.out.println("pages=" + document.pageCount());
        System.out.println(messages.get("cli.report.written", out.toAbsolutePath(), document.pageCount(), ms));
        if (!document.charactersWithoutGlyph().isEmpty()) {
            System.err.println(messages.get("cli.report.missingGlyphs", String.join(" ", document.charactersWithoutGlyph())));
        }
    }
}
