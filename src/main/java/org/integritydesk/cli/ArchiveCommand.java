package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.integritydesk.service.ArchiveSummary;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code integrity-desk archive verify FILE}: year archives without a window. */
@Command(name = "archive", description = "Year archives.", subcommands = ArchiveCommand.Verify.class)
final class ArchiveCommand {

    /**
     * Checks the archive's signature with the data folder's key and opens it: prints
     * {@code archive-ok} with its year, time, writer and schema version, then one
     * {@code rows.TABLE=N} line per table, and exits 0; a damaged or changed file is one line and exit 1.
     */
    @Command(name = "verify", description = "Check a year archive: signature, content; print its year, time, "
            + "schema version and row counts.")
    static final class Verify implements Callable<Integer> {
        private static final String FLYWAY_TABLE = "flyway_schema_history";
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "FILE", description = "the archive file (.idarchive)")
        Path file;

        Verify(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            ArchiveSummary summary;
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                summary = services.years().verify(file);
            }
            System.out.println("archive-ok year=" + summary.year() + " created-at=" + summary.createdAt()
                    + " created-by=" + summary.createdBy() + " schema-version=" + summary.schemaVersion()
                    + " app-version=" + summary.appVersion());
            for (Map.Entry<String, Long> table : summary.rowCounts().entrySet()) {
                if (!FLYWAY_TABLE.equalsIgnoreCase(table.getKey())) {
                    System.out.println("rows." + table.getKey() + "=" + table.getValue());
                }
            }
            return 0;
        }
    }
}
