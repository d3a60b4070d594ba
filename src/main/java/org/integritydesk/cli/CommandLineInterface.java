package org.integritydesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands. Every failure prints exactly one line on standard error and returns a
 * non-zero exit code; commands that only read never change what is stored.
 */
public final class CommandLineInterface {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final ServiceOpener opener;
    private final FolderRestorer restorer;
    private final PasswordSource passwords;
    private final Messages messages;
    private final Clock clock;
    private final List<Measurement> benchMeasurements;

    public CommandLineInterface(ServiceOpener opener, FolderRestorer restorer, PasswordSource passwords, Messages messages,
            Clock clock, List<Measurement> benchMeasurements) {
        this.opener = opener;
        this.restorer = restorer;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
        this.benchMeasurements = List.copyOf(benchMeasurements);
    }

    @Command(name = "integrity-desk", mixinStandardHelpOptions = true, version = "Integrity Desk 0.1",
            description = "廉政工作台 Integrity Desk. Without a command it opens the window "
                    + "([--data-dir DIR] [--startup-probe]).",
            subcommands = {DemoCommand.class, ReportCommand.class, UsersCommand.class, AuditCommand.class,
                EducationCommand.class, RecoverCommand.class, BackupCommand.class, RestoreCommand.class,
                BenchCommand.class, YearCommand.class, ArchiveCommand.class, ImportCommand.class, ExportCommand.class,
                ExchangeCommand.class, AssessCommand.class, DatabaseCommand.class})
    static final class Root {
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new Root(), this::create);
        PrintWriter err = new PrintWriter(System.err, true);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, badArgs) -> {
            err.println(messages.get("cli.error.usage", e.getMessage()));
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(messages.get("cli.error.prefix") + describe(e));
            return EXIT_FAILURE;
        });
        return commandLine.execute(args);
    }

    private String describe(Exception e) {
        if (e instanceof CommandFailure failure) {
            return failure.getMessage();
        }
        return new ErrorDescriber(messages).describe(e);
    }

    private <K> K create(Class<K> type) throws Exception {
        if (type == DemoCommand.class) {
            return type.cast(new DemoCommand(opener, passwords, messages, clock));
        }
        if (type == DatabaseCommand.Move.class) {
            return type.cast(new DatabaseCommand.Move(opener, passwords, messages));
        }
        if (type == DatabaseCommand.Join.class) {
            return type.cast(new DatabaseCommand.Join(opener, passwords, messages));
        }
        if (type == BackupCommand.class) {
            return type.cast(new BackupCommand(opener, passwords, messages));
        }
        if (type == RestoreCommand.class) {
            return type.cast(new RestoreCommand(restorer, passwords, messages));
        }
        if (type == CadreFileReportCommand.class) {
            return type.cast(new CadreFileReportCommand(opener, passwords, messages, clock));
        }
        if (type == RegulationsReportCommand.class) {
            return type.cast(new RegulationsReportCommand(opener, passwords, messages));
        }
        if (type == TalkReportCommand.class) {
            return type.cast(new TalkReportCommand(opener, passwords, messages));
        }
        if (type == CommitmentReportCommand.class) {
            return type.cast(new CommitmentReportCommand(opener, passwords, messages, clock));
        }
        if (type == RectificationNoticeReportCommand.class) {
            return type.cast(new RectificationNoticeReportCommand(opener, passwords, messages));
        }
        if (type == ProblemAnalysisReportCommand.class) {
            return type.cast(new ProblemAnalysisReportCommand(opener, passwords, messages, clock));
        }
        if (type == LedgerReportCommand.class) {
            return type.cast(new LedgerReportCommand(opener, passwords, messages));
        }
        if (type == BallotReportCommand.class) {
            return type.cast(new BallotReportCommand(opener, passwords, messages));
        }
        if (type == BallotSummaryReportCommand.class) {
            return type.cast(new BallotSummaryReportCommand(opener, passwords, messages));
        }
        if (type == SupervisionReportCommand.class) {
            return type.cast(new SupervisionReportCommand(opener, passwords, messages));
        }
        if (type == ResponsibilityReportCommand.class) {
            return type.cast(new ResponsibilityReportCommand(opener, passwords, messages));
        }
        if (type == SelfInspectionReportCommand.class) {
            return type.cast(new SelfInspectionReportCommand(opener, passwords, messages));
        }
        if (type == AssessCommand.class) {
            return type.cast(new AssessCommand(opener, passwords, messages));
        }
        if (type == AssessmentReportCommand.class) {
            return type.cast(new AssessmentReportCommand(opener, passwords, messages));
        }
        if (type == RecoverCommand.class) {
            return type.cast(new RecoverCommand(opener::recover, passwords, messages));
        }
        if (type == UsersCommand.ListUsers.class) {
            return type.cast(new UsersCommand.ListUsers(opener, passwords, messages));
        }
        if (type == AuditVerifyCommand.class) {
            return type.cast(new AuditVerifyCommand(opener, passwords, messages));
        }
        if (type == AuditExportCommand.class) {
            return type.cast(new AuditExportCommand(opener, passwords, messages));
        }
        if (type == SignInReportCommand.class) {
            return type.cast(new SignInReportCommand(opener, passwords, messages, clock));
        }
        if (type == ActivityListReportCommand.class) {
            return type.cast(new ActivityListReportCommand(opener, passwords, messages, clock));
        }
        if (type == EducationCommand.ListActivities.class) {
            return type.cast(new EducationCommand.ListActivities(opener, passwords, messages, clock));
        }
        if (type == BenchCommand.class) {
            return type.cast(new BenchCommand(opener, passwords, messages, clock, benchMeasurements));
        }
        if (type == YearCommand.Close.class) {
            return type.cast(new YearCommand.Close(opener, passwords, messages));
        }
        if (type == YearCommand.Reopen.class) {
            return type.cast(new YearCommand.Reopen(opener, passwords, messages));
        }
        if (type == YearCommand.ListYears.class) {
            return type.cast(new YearCommand.ListYears(opener, passwords, messages));
        }
        if (type == ArchiveCommand.Verify.class) {
            return type.cast(new ArchiveCommand.Verify(opener, passwords, messages));
        }
        if (type == ImportCommand.Cadres.class) {
            return type.cast(new ImportCommand.Cadres(opener, passwords, messages));
        }
        if (type == ImportCommand.Attendance.class) {
            return type.cast(new ImportCommand.Attendance(opener, passwords, messages));
        }
        if (type == ImportCommand.Ballots.class) {
            return type.cast(new ImportCommand.Ballots(opener, passwords, messages));
        }
        if (type == ExportCommand.Cadres.class) {
            return type.cast(new ExportCommand.Cadres(opener, passwords, messages));
        }
        if (ExchangeCommand.Base.class.isAssignableFrom(type)) {
            return type.cast(type.getDeclaredConstructor(ServiceOpener.class, PasswordSource.class, Messages.class)
                    .newInstance(opener, passwords, messages));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
