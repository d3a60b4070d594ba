package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report rectification-notice --data-dir DIR --out FILE.pdf --item ZG-2025-0001}: the 整改通知书 of one item. */
@Command(name = "rectification-notice", aliases = "notice", description = "整改通知书 (rectification notice of one item).")
final class RectificationNoticeReportCommand extends PdfReportCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--item", required = true, paramLabel = "NUMBER", description = "the ledger item, e.g. ZG-2025-0001")
    String item;

    RectificationNoticeReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        super(opener, passwords, messages);
    }

    @Override
    public Integer call() {
        return print(out, services -> services.rectifications()
                .printNotice(ReportOutput.found(services.rectifications().findByNumber(item), messages,
                        "cli.report.noSuchItem", item).id(), messages.locale()));
    }
}
