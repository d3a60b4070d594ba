package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.service.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report supervision --data-dir DIR --out FILE.pdf (--visit JC-2025-001 | --year Y)}: 监督检查记录表. */
@Command(name = "supervision", aliases = "inspection", description = "监督检查记录表 (supervision visit records).")
final class SupervisionReportCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--visit", paramLabel = "NUMBER", description = "one visit, e.g. JC-2025-001")
        String visit;

        @Option(names = "--year", paramLabel = "Y", description = "every visit of the year")
        Integer year;
    }

    SupervisionReportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            if (which.visit != null) {
                SupervisionVisit visit = services.supervision().findByNumber(which.visit)
                        .orElseThrow(() -> new CommandFailure(messages.get("cli.report.noSuchVisit", which.visit)));
                FormReports.save(services.supervision().printRecord(visit.id(), messages.locale()), out, messages, started);
            } else {
                FormReports.save(services.supervision().printYear(which.year, messages.locale()), out, messages, started);
            }
        }
        return 0;
    }
}
