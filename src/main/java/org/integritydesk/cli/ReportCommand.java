package org.integritydesk.cli;

import picocli.CommandLine.Command;

/** {@code integrity-desk report <form> ...}: printing without a window. Each form is a sub-command. */
@Command(name = "report", description = "Write printed forms as one PDF.", subcommands = {CadreFileReportCommand.class,
        SignInReportCommand.class, ActivityListReportCommand.class, TalkReportCommand.class, CommitmentReportCommand.class,
        RegulationsReportCommand.class,
        RectificationNoticeReportCommand.class, LedgerReportCommand.class, SupervisionReportCommand.class,
        ResponsibilityReportCommand.class,
        SelfInspectionReportCommand.class,
        ProblemAnalysisReportCommand.class,
        BallotReportCommand.class, BallotSummaryReportCommand.class,
        AssessmentReportCommand.class})
final class ReportCommand {
}
