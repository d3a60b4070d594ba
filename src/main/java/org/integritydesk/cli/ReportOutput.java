package org.integritydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;

/**
 * What every {@code report} command does around its own form: log in, look up what was asked for (a
 * one-line error when it is not there), write the PDF and say so, as {@code report cadre-file} does.
 */
final class ReportOutput {
    private ReportOutput() {
    }

    /**
     * Logs in as {@code --user}, fills the document and writes it to {@code out}; timed from before the
     * login, while which the printing machinery gets ready ({@link ServiceOpener#prepareToPrint}).
     */
    static int print(DataDirOption dataDir, ServiceOpener opener, PasswordSource passwords, Messages messages, Path out,
            Function<CliServices, PrintableDocument> fill) {
        long started = System.nanoTime();
        opener.prepareToPrint();
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            write(fill.apply(services), out, started, messages);
        }
        return 0;
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

    /** The record asked for, or the failure {@code key} naming what was asked. */
    static <T> T found(Optional<T> record, Messages messages, String key, Object asked) {
        return record.orElseThrow(() -> new CommandFailure(messages.get(key, asked)));
    }

    /** The unit of {@code --unit CODE}, or the failure that no such unit exists. */
    static OrgUnit unit(UnitTree tree, String code, Messages messages) {
        return found(tree.findByCode(code.strip()), messages, "error.print.noSuchUnit", code);
    }

    /** The {@code --purpose} given, or the default one for the audit trail. */
    static String purpose(String given, Messages messages) {
        return given == null || given.isBlank() ? messages.get("cli.report.defaultPurpose") : given;
    }

    /** Refuses, before anything is opened, a year outside 1949 to 9999. */
    static void requireYear(int year, Messages messages) {
        if (year < 1949 || year > 9999) {
            throw new CommandFailure(messages.get("cli.error.badYear", year));
        }
    }

    /** Refuses, before anything is opened, a PDF whose folder does not exist. */
    static void requireFolder(Path target, Messages messages) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(messages.get("cli.error.noOutFolder", folder));
        }
    }
}
