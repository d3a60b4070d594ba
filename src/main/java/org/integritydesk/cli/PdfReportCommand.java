package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import picocli.CommandLine.Mixin;

/**
 * What every {@code report <form>} sub-command has: the services it logs in to, {@code --data-dir} and
 * {@code --user}, and {@link #print} to write its PDF. Each form keeps only its own options and document.
 */
abstract class PdfReportCommand implements Callable<Integer> {
    final ServiceOpener opener;
    final PasswordSource passwords;
    final Messages messages;

    @Mixin DataDirOption dataDir;

    PdfReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    /** Logs in, fills the document and writes it to {@code out}, as {@link ReportOutput#print} does. */
    final int print(Path out, Function<CliServices, PrintableDocument> fill) {
        return ReportOutput.print(dataDir, opener, passwords, messages, out, fill);
    }
}
