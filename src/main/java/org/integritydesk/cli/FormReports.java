package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;

/** What the report commands of issue 5 do once their document is filled: save it and say so. */
final class FormReports {
    private FormReports() {
    }

    static void save(PrintableDocument document, Path out, Messages messages, long startedNanos) {
        document.savePdf(out);
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        System.out.println("pages=" + document.pageCount());
        System.out.println(messages.get("cli.report.written", out.toAbsolutePath(), document.pageCount(), ms));
        if (!document.charactersWithoutGlyph().isEmpty()) {
            System.err.println(messages.get("cli.report.missingGlyphs", String.join(" ", document.charactersWithoutGlyph())));
        }
    }
}
