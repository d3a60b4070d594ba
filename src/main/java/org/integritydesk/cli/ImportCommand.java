package org.integritydesk.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.BallotMapping;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService.Result;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code integrity-desk import <what> ...}: records read in from spreadsheet files. */
@Command(name = "import", description = "Read records in from a spreadsheet file.", subcommands = {ImportCommand.Cadres.class, ImportCommand.Attendance.class, ImportCommand.Ballots.class})
final class ImportCommand {

    /**
     * {@code import cadres FILE [--all-or-nothing] --data-dir DIR --user NAME}: the cadre roster of a
     * .xlsx, .xls or .csv file, its columns found by their header names (or the mapping last used in
     * the window). Prints one line per rejected row ("第 N 行：reason") and last
     * {@code imported=N rejected=M}. The file is read before signing in: a file that cannot be read
     * fails with one line and changes nothing.
     */
    @Command(name = "cadres", description = "Import a cadre roster (.xlsx, .xls or .csv, UTF-8 or GBK).")
    static final class Cadres implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "FILE", description = "the roster file")
        Path file;

        @Option(names = "--all-or-nothing", description = "import nothing when any row is rejected")
        boolean allOrNothing;

        Cadres(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            SheetData sheet = RosterImport.readFile(file);
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                RosterImport importer = new RosterImport(services.cadreRoster());
                ImportMapping mapping = importer.mappingFor(sheet);
                Set<ImportField> missing = mapping.missingRequired();
                if (!missing.isEmpty()) {
                    throw new CommandFailure(messages.get("import.error.missingColumns", file.getFileName(),
                            missing.stream().map(messages::label).collect(Collectors.joining("、"))));
                }
                Result result = importer.importRows(sheet, mapping, allOrNothing, ProgressListener.NONE, () -> false);
                for (RowPlan row : result.rejected()) {
                    System.out.println(messages.get("cli.import.rejectedRow", String.valueOf(row.rowNumber()),
                            RosterImport.reasons(row, messages)));
                }
                if (result.importedNothing()) {
                    System.out.println(messages.get("cli.import.nothingImported"));
                } else {
                    System.out.println(messages.get("cli.import.summary", result.created(), result.updated(),
                            result.unchanged()));
                }
                System.out.println("imported=" + result.imported() + " rejected=" + result.rejected().size());
            }
            return 0;
        }
    }

    /**
     * {@code import attendance FILE --activity ID [--all-or-nothing] --data-dir DIR --user NAME}: an
     * activity's attendance from a sheet with 姓名 and/or 身份证号, 出勤情况 (出勤/请假/缺席) and an
     * optional 请假事由 column. Prints one line per rejected row and last {@code recorded=N rejected=M}.
     */
    @Command(name = "attendance", description = "Import an education activity's attendance (.xlsx, .xls or .csv).")
    static final class Attendance implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "FILE", description = "the attendance sheet")
        Path file;

        @Option(names = "--activity", required = true, paramLabel = "ID", description = "the activity (see education list)")
        java.util.UUID activity;

        @Option(names = "--all-or-nothing", description = "record nothing when any row is rejected")
        boolean allOrNothing;

        Attendance(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            SheetData sheet = RosterImport.readFile(file,
                    org.integritydesk.service.AttendanceImportService.headerNames());
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                var result = services.attendanceImport().importRows(activity, sheet, allOrNothing);
                for (var row : result.rejected()) {
                    System.out.println(messages.get("cli.import.rejectedRow", String.valueOf(row.rowNumber()),
                            RosterImport.reasons(row.problems(), messages)));
                }
                if (result.importedNothing()) {
                    System.out.println(messages.get("cli.import.nothingImported"));
                }
                System.out.println("recorded=" + result.recorded() + " rejected=" + result.rejected().size());
            }
            return 0;
        }
    }

    /**
     * {@code import ballots FILE (--session NUMBER | --year Y) [--all-or-nothing] --data-dir DIR --user NAME}:
     * a debriefing session's ballot totals, one row per reporting cadre (姓名 and/or 身份证号, 发出票数,
     * 收回票数, 无效票 and the boxes of the session's ballot), into the signed-in user's entry round.
     * Prints one line per rejected row and last {@code imported=N rejected=M}; a file that cannot be read,
     * an unknown session or a missing column fails with one line and changes nothing.
     */
    @Command(name = "ballots", description = "Import a debriefing session's ballot totals (.xlsx, .xls or .csv).")
    static final class Ballots implements Callable<Integer> {
        private final ServiceOpener opener;
        private final PasswordSource passwords;
        private final Messages messages;

        @Mixin DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "FILE", description = "the ballot totals")
        Path file;

        @Option(names = "--session", paramLabel = "NUMBER", description = "the session, e.g. SZ-2025-01")
        String session;

        @Option(names = "--year", paramLabel = "YEAR", description = "the year whose only session it is")
        Integer year;

        @Option(names = "--all-or-nothing", description = "import nothing when any row is rejected")
        boolean allOrNothing;

        Ballots(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            if ((session == null) == (year == null)) {
                throw new CommandFailure(messages.get("import.error.sessionOrYear"));
            }
            SheetData sheet = RosterImport.readFile(file, BallotColumn.allHeaders());
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                var imports = services.ballotImport();
                DebriefingSession s = session != null
                        ? ReportOutput.found(services.debriefing().findByNumber(session), messages,
                                "cli.report.noSuchSession", session)
                        : imports.onlySessionOf(year);
                BallotMapping mapping = BallotMapping.suggest(sheet.headers(), s.formula());
                var missing = mapping.missingRequired(s.formula());
                if (!missing.isEmpty()) {
                    throw new CommandFailure(messages.get("import.error.ballotMissingColumns", file.getFileName(),
                            missing.stream().map(messages::label).collect(Collectors.joining("、"))));
                }
                var result = imports.importRows(s.id(), sheet, mapping, allOrNothing);
                for (var row : result.rejected()) {
                    System.out.println(messages.get("cli.import.rejectedRow", String.valueOf(row.rowNumber()),
                            RosterImport.reasons(row.problems(), messages)));
                }
                if (result.importedNothing()) {
                    System.out.println(messages.get("cli.import.nothingImported"));
                } else {
                    System.out.println(messages.get("cli.import.ballotSummary", s.number(), messages.label(result.round()),
                            result.created(), result.updated(), result.unchanged()));
                }
                System.out.println("imported=" + result.imported() + " rejected=" + result.rejected().size());
            }
            return 0;
        }
    }
}
