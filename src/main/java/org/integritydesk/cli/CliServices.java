package org.integritydesk.cli;

import org.integritydesk.service.EducationBaseService;
import org.integritydesk.service.EducationPrinting;
import org.integritydesk.service.EducationService;
import org.integritydesk.exchange.AuditExcelExport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.CadreRosterService;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.RegulationService;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.ProblemAnalysisService;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.TalkService;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.YearService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.service.security.UserService;

/** The services a headless command uses, on one open data folder; closing releases the folder. */
public interface CliServices extends AutoCloseable {
    SetupService setup();

    UnitService units();

    CadreService cadres();

    DemoDataService demo();

    PrintService printing();

    UserService users();

    AuditService audit();
    BackupService backups();

    AuditExcelExport auditExcel();

    /** Cadre roster import and export (issue 7). */
    CadreRosterService cadreRoster();

    /** An activity's attendance list read in from a spreadsheet (issue 7). */
    org.integritydesk.service.AttendanceImportService attendanceImport();

    org.integritydesk.service.BallotImportService ballotImport();

    EducationService education();

    EducationBaseService educationBases();

    EducationPrinting educationPrinting();
    YearService years();

    /** The move of the embedded data to a database server ({@code database move}). */
    org.integritydesk.service.DataMoveService dataMove();
    /** The regulations register (制度建设). */
    RegulationService regulations();
    TalkService talks();

    CommitmentService commitments();

    /** Rewrites the database file without its free space when closed (after a bulk load). */
    void compactOnClose();
    /** The 问题整改台账 (issue 5). */
    RectificationService rectifications();

    /** 问题整改分析 (issue 5, item 6). */
    ProblemAnalysisService problemAnalysis();

    /** 监督检查 visits (issue 5). */
    SupervisionService supervision();

    /** Responsibility tasks (责任分解, issue 6). */
    org.integritydesk.service.ResponsibilityService responsibility();

    /** 专项自查 campaigns (issue 5). */
    org.integritydesk.service.SelfInspectionService selfInspection();

    /** 述职述廉 sessions, ballots and comments (issue 6). */
    org.integritydesk.service.DebriefingService debriefing();
    /** Offline exchange packages with the county bureau or the sub-bureaus (issue 7). */
    org.integritydesk.service.exchange.ExchangeService exchange();
    /** The annual assessment (issue 6 items 6-8). */
    org.integritydesk.service.AssessmentService assessment();

    /** Disciplinary sanctions (处分), which feed the assessment. */
    org.integritydesk.service.SanctionService sanctions();

    @Override
    void close();
}
