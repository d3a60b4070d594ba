package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report rectification-notice --data-dir DIR --out FILE.pdf (--item ZG-2025-0001 | --year Y)}: the
 * 整改通知书 of one item, or of every item found in a year (one notice after the other).
 */
@Command(name = "rectification-notice", aliases = "notice", description = "整改通知书 (rectification notice of one item).")
final class RectificationNoticeReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--item", paramLabel = "NUMBER", description = "the ledger item, e.g. ZG-2025-0001")
        String item;

        @Option(names = "--year", paramLabel = "Y", description = "every item found in the year, one notice each")
        Integer year;
    }

    RectificationNoticeReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        if (which.year != null) {
            ReportOutput.requireYear(which.year, messages);
            return print(out, services -> services.rectifications().printNotices(which.year, messages.locale()));
        }
        return print(out, services -> services.rectifications()
                .printNotice(ReportOutput.found(services.rectifications().findByNumber(which.item), messages,
                        "cli.report.noSuchItem", which.item).id(), messages.locale()));
    }
}
