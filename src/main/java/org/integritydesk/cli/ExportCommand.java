package org.integritydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.integritydesk.exchange.RosterExport;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code integrity-desk export <what> ...}: records written out to spreadsheet files. */
@Command(name = "export", description = "Write records out to a spreadsheet file.", subcommands = ExportCommand.Cadres.class)
final class ExportCommand {

    /**
     * {@code export cadres --out FILE.xlsx [--unit CODE] --data-dir DIR --user NAME}: the cadre roster
     * (of a unit and the units below it), with the import's headers. ID numbers are masked unless
     * the user's role may see them whole. Prints {@code cadres=N} and the file.
     */
    @Command(name = "cadres", description = "Write the cadre roster to an .xlsx file.")
    static final class Cadres implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
        Path out;

        @Option(names = "--unit", paramLabel = "UNIT_CODE", description = "a unit and its sub-units (default: everyone)")
        String unitCode;

        Cadres(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new CommandFailure(messages.get("cli.error.exportXlsx", out));
            }
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new CommandFailure(messages.get("error.file.noFolder", folder));
            }
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                int count = new RosterExport(services.cadreRoster()).write(unitCode, messages, out);
                System.out.println("cadres=" + count);
                System.out.println(messages.get("cli.export.written", out.toAbsolutePath()));
            }
            return 0;
        }
    }
}
