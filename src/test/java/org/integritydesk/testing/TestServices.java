package org.integritydesk.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.integritydesk.report.RegulationRegisterReport;
import org.integritydesk.service.AttachmentService;
import org.integritydesk.service.RegulationService;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.AttachmentRepository;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.RegulationRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.integritydesk.model.Action;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.report.AuditLogReport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.EducationBaseService;
import org.integritydesk.service.demo.DemoEducation;
import org.integritydesk.service.demo.DemoTalksExtension;
import org.integritydesk.service.demo.DemoRegulationsExtension;
import org.integritydesk.service.EducationSection;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import org.integritydesk.report.CommitmentReport;
import org.integritydesk.report.TalkRecordReport;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.TalkRepository;
import org.integritydesk.service.FileSections;
import org.integritydesk.service.HomeSources;
import org.integritydesk.service.AssessmentInputs;
import org.integritydesk.store.EducationActivityRepository;
import org.integritydesk.store.EducationBaseRepository;
import java.util.UUID;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.CurrentUser;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.ClosedYears;
import org.integritydesk.service.YearService;
import org.integritydesk.store.ArchiveKeys;
import org.integritydesk.store.ClosedYearRepository;
import org.integritydesk.store.DatabaseScript;
import org.integritydesk.store.FileKey;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.report.RectificationReports;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.SupervisionRepository;

/**
 * A real database with the services built by hand, as the composition root builds them, around a
 * fixed clock: H2 in the test's folder, or a schema of its own on a PostgreSQL server when the tests
 * run with {@code -Did.test.engine=postgresql} ({@link TestEngine}).
 */
public final class TestServices implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2025-03-15 10:00 in Ji'an. */
    public static final Instant NOW = Instant.parse("2025-03-15T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    public static final String USER = "纪检员王芳";
    public static final String SITE = "360821";

    public final Database database;
    public final Transactions tx;
    public final Stamps stamps;
    public final AuditTrail auditTrail;
    public final AuditService audit;
    public final AccessControl access;
    public final SetupService setup;
    public final UnitService units;
    public final CadreService cadres;
    public final DemoDataService demo;
    public final BackupService backups;
    public final EducationService education;
    public final EducationBaseService educationBases;
    /** The key year archives are derived from (the test database itself is not encrypted). */
    public final FileKey fileKey = FileKey.random(new java.security.SecureRandom());
    public final YearService years;
    /** The guard dated records' services call before a change. */
    public final ClosedYears closedYears;
    public final RegulationService regulations;
    /** Attachments kept in {@code attachments/} of the test's folder, opened into {@code opened/} there. */
    public final AttachmentService attachments;
    /** The key the attachments are encrypted with (the test database itself is not encrypted). */
    public static final FileKey FILE_KEY = FileKey.of(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private final Path dir;
    private final Clock clock;
    public final TalkService talks;
    public final CommitmentService commitments;
    public final RectificationService rectifications;
    public final SupervisionService supervision;
    /** Responsibility tasks (责任分解); its sources are in {@link #homeSources} and {@link #assessmentInputs}. */
    public final org.integritydesk.service.ResponsibilityService responsibility;
    public final org.integritydesk.service.SelfInspectionService selfInspection;
    /** 问题整改分析 and the home tab's sources of the features so far (issue 5 item 6, issue 6 item 9). */
    public final org.integritydesk.service.ProblemAnalysisService problemAnalysis;
    public final org.integritydesk.service.HomeFeeds homeFeeds;
    public final org.integritydesk.service.DebriefingService debriefing;
    public final org.integritydesk.service.CadreRosterService cadreRoster;
    public final org.integritydesk.service.AttendanceImportService attendanceImport;
    public final org.integritydesk.service.BallotImportService ballotImport;
    /** Where each feature's test wiring adds the part of the cadre file it fills. */
    public final FileSections fileSections = new FileSections();
    public final HomeSources homeSources = new HomeSources();
    public final AssessmentInputs assessmentInputs = new AssessmentInputs();
    /** The annual assessment and sanctions (issue 6 items 6-8), with the feature areas' input sources. */
    public final org.integritydesk.service.AssessmentService assessment;
    public final org.integritydesk.service.SanctionService sanctions;
    /** Who the services act as; an inspector (every record of every unit) unless a test says otherwise. */
    public final CurrentUser currentUser = new CurrentUser();

    /** Whether {@link #close()} closes the database (and drops a server test's schema): the first instance's. */
    private final boolean ownsDatabase;
    /** The name this instance's saves are stamped with ({@code updated_by}, the audit's actor). */
    public final String userName;

    private TestServices(Path dir, Clock clock) {
        this(TestEngine.open(dir), true, dir, clock, USER);
    }

    private TestServices(Database database, boolean ownsDatabase, Path dir, Clock clock, String userName) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.userName = userName;
        this.clock = clock;
        tx = new Transactions(database);
        stamps = new Stamps(clock, () -> userName, () -> SITE);
        UnitRepository unitRepository = new UnitRepository(tx);
        CadreRepository cadreRepository = new CadreRepository(tx);
        FamilyBusinessRepository familyRepository = new FamilyBusinessRepository(tx);
        access = new AccessControl(currentUser, unitRepository, cadreRepository, familyRepository);
        AuditRepository auditRepository = new AuditRepository(tx);
        auditTrail = new AuditTrail(auditRepository, stamps);
        SettingsRepository settings = new SettingsRepository(tx);
        setup = new SetupService(tx, settings, unitRepository, stamps, new SiteIdentity(), auditTrail);
        audit = new AuditService(tx, auditRepository, stamps, access, auditTrail, setup, TestServices::auditLogReport);
        units = new UnitService(tx, unitRepository, stamps, access, auditTrail);
        cadres = new CadreService(tx, cadreRepository, familyRepository, unitRepository, stamps, access, auditTrail,
                fileSections);
        demo = new DemoDataService(tx, setup, unitRepository, cadreRepository, familyRepository, stamps, auditTrail);
        ClosedYearRepository closedYearRepository = new ClosedYearRepository(tx);
        closedYears = new ClosedYears(closedYearRepository);
        education = new EducationService(tx, new EducationActivityRepository(tx), new EducationBaseRepository(tx),
                cadreRepository, unitRepository, stamps, access, auditTrail, closedYears);
        demo.extend(new DemoEducation(tx, new EducationBaseRepository(tx), new EducationActivityRepository(tx), stamps));
        fileSections.add(new EducationSection(education));
        educationBases = new EducationBaseService(tx, new EducationBaseRepository(tx), unitRepository, stamps, access,
                auditTrail);
        talks = new TalkService(tx, new TalkRepository(tx), cadreRepository, unitRepository, stamps, access, auditTrail,
                setup, TestServices::talkRecordReport, closedYears);
        commitments = new CommitmentService(tx, new CommitmentRepository(tx), cadreRepository, unitRepository, stamps,
                access, auditTrail, setup, TestServices::commitmentReport, closedYears);
        Messages chinese = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        fileSections.add(talks.fileSource(chinese));
        fileSections.add(commitments.fileSource(chinese));
        demo.extend(new DemoTalksExtension(tx, cadreRepository, new TalkRepository(tx), new CommitmentRepository(tx),
                stamps));
        backups = new BackupService(tx, settings, new DatabaseBackup(database), stamps,
                new BackupRetention(BackupRetention.Policy.DEFAULT), () -> access.require(Action.BACKUP));
        years = new YearService(tx, closedYearRepository, new DatabaseScript(database), () -> ArchiveKeys.of(fileKey),
                YearService.defaultArchiveFolder(dir), "test", stamps, access, auditTrail);
        regulations = new RegulationService(tx, new RegulationRepository(tx), stamps, access, auditTrail, setup,
                TestServices::regulationReport, closedYears);
        demo.extend(new DemoRegulationsExtension(tx, new RegulationRepository(tx), stamps));
        RectificationRepository rectificationRepository = new RectificationRepository(tx);
        rectifications = new RectificationService(tx, rectificationRepository, unitRepository, cadreRepository, stamps,
                access, auditTrail, setup, TestServices::rectificationReports, closedYears);
        SupervisionRepository supervisionRepository = new SupervisionRepository(tx);
        supervision = new SupervisionService(tx, supervisionRepository, rectificationRepository, rectifications,
                unitRepository, cadreRepository, stamps, access, auditTrail, TestServices::rectificationReports,
                closedYears);
        demo.extend(new org.integritydesk.service.demo.DemoRectifications(tx, rectificationRepository,
                supervisionRepository, stamps));
        fileSections.add(rectifications.fileSection(new org.integritydesk.service.Messages(java.util.Locale.SIMPLIFIED_CHINESE)));
        var responsibilityTasks = new org.integritydesk.store.ResponsibilityRepository(tx);
        responsibility = new org.integritydesk.service.ResponsibilityService(tx, responsibilityTasks, unitRepository,
                cadreRepository, stamps, access, auditTrail, setup, closedYears, TestServices::responsibilityReport);
        assessmentInputs.add(responsibility.assessmentSource());
        homeSources.addTodos(responsibility.todos(chinese));
        demo.extend(new org.integritydesk.service.demo.DemoResponsibility(tx, responsibilityTasks, stamps));
        org.integritydesk.store.SelfInspectionRepository selfInspectionRepository =
                new org.integritydesk.store.SelfInspectionRepository(tx);
        selfInspection = new org.integritydesk.service.SelfInspectionService(tx, selfInspectionRepository, rectifications,
                unitRepository, cadreRepository, stamps, access, auditTrail, closedYears,
                TestServices::selfInspectionReports);
        demo.extend(new org.integritydesk.service.demo.DemoSelfInspection(tx, selfInspectionRepository,
                rectificationRepository, stamps));
        org.integritydesk.store.ProblemAnalysisRepository problemAnalysisRepository =
                new org.integritydesk.store.ProblemAnalysisRepository(tx);
        problemAnalysis = new org.integritydesk.service.ProblemAnalysisService(tx, problemAnalysisRepository,
                unitRepository, stamps, access, auditTrail, setup, TestServices::problemAnalysisReport);
        homeFeeds = new org.integritydesk.service.HomeFeeds(tx, new org.integritydesk.store.HomeTodoRepository(tx),
                problemAnalysis, education, talks, commitments, access, stamps);
        homeFeeds.addTo(homeSources);
        org.integritydesk.store.DebriefingRepository debriefingRepository =
                new org.integritydesk.store.DebriefingRepository(tx);
        debriefing = new org.integritydesk.service.DebriefingService(tx, debriefingRepository, rectifications,
                unitRepository, cadreRepository, stamps, access, auditTrail, closedYears,
                TestServices::debriefingReports);
        fileSections.add(debriefing.fileSection(chinese));
        assessmentInputs.add(debriefing.assessmentSource());
        homeSources.addCharts(debriefing.chartSource(chinese));
        demo.extend(new org.integritydesk.service.demo.DemoDebriefing(tx, debriefingRepository,
                rectificationRepository, stamps));
        cadreRoster = new org.integritydesk.service.CadreRosterService(tx, cadres, cadreRepository, unitRepository,
                settings, stamps, access, auditTrail);
        attendanceImport = new org.integritydesk.service.AttendanceImportService(tx, education, auditTrail);
        ballotImport = new org.integritydesk.service.BallotImportService(tx, debriefing, cadreRepository, auditTrail);
        Messages bureauLanguage = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        var assessmentSources = new org.integritydesk.service.AssessmentSources(
                new org.integritydesk.store.AssessmentInputRepository(tx), bureauLanguage);
        assessmentSources.all().forEach(assessmentInputs::add);
        assessment = new org.integritydesk.service.AssessmentService(tx, new org.integritydesk.store.AssessmentRepository(tx),
                cadreRepository, unitRepository, assessmentInputs, stamps, access, auditTrail, setup,
                TestServices::assessmentSheetReport, closedYears);
        sanctions = new org.integritydesk.service.SanctionService(tx, new org.integritydesk.store.SanctionRepository(tx),
                cadreRepository, stamps, access, auditTrail, closedYears);
        fileSections.add(assessment.fileSource(bureauLanguage));
        homeSources.addCharts(assessment.homeCharts(bureauLanguage));
        demo.extend(new org.integritydesk.service.demo.DemoAssessment(tx, new org.integritydesk.store.SanctionRepository(tx),
                new org.integritydesk.store.AssessmentRepository(tx), assessment, stamps));
        this.dir = dir;
        attachments = attachmentsIn(dir.resolve("attachments"));
        actAs(Role.INSPECTOR, null, null);
    }

    /** Attachment services whose files go to {@code folder} (a small or read-only file system, say). */
    public AttachmentService attachmentsIn(Path folder) {
        return attachmentsWith(new AttachmentFiles(folder, FILE_KEY, new SecureRandom()));
    }

    /** Attachment services on these files (another site's key, say). */
    public AttachmentService attachmentsWith(AttachmentFiles files) {
        AttachmentService service = new AttachmentService(tx, new AttachmentRepository(tx), files,
                dir.resolve("opened"), stamps, auditTrail);
        service.register(regulations.attachmentAccess());
        service.register(education.attachmentAccess());
        service.register(responsibility.attachmentAccess());
        service.register(supervision.findingAttachmentAccess());
        return service;
    }

    private static org.integritydesk.report.ResponsibilityReport responsibilityReport;

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized org.integritydesk.report.ResponsibilityReport responsibilityReport() {
        if (responsibilityReport == null) {
            responsibilityReport = new org.integritydesk.report.ResponsibilityReport();
        }
        return responsibilityReport;
    }

    private static RegulationRegisterReport regulationReport;
    private static org.integritydesk.report.AssessmentSheetReport assessmentSheetReport;

    /** Loaded once for all tests. */
    public static synchronized org.integritydesk.report.AssessmentSheetReport assessmentSheetReport() {
        if (assessmentSheetReport == null) {
            assessmentSheetReport = new org.integritydesk.report.AssessmentSheetReport();
        }
        return assessmentSheetReport;
    }

    public static synchronized RegulationRegisterReport regulationReport() {
        if (regulationReport == null) {
            regulationReport = new RegulationRegisterReport();
        }
        return regulationReport;
    }

    /** Acts as a user of {@code role} called {@code username} (two users in a test need two names). */
    public UserAccount actAs(Role role, UUID unitId, UUID cadreId, String username) {
        UserAccount user = new UserAccount(UUID.randomUUID(), username, username, role, unitId, cadreId, false, true, 0);
        currentUser.set(user);
        return user;
    }

    private static RectificationReports rectificationReports;
    private static org.integritydesk.report.SelfInspectionReports selfInspectionReports;

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized org.integritydesk.report.SelfInspectionReports selfInspectionReports() {
        if (selfInspectionReports == null) {
            selfInspectionReports = new org.integritydesk.report.SelfInspectionReports();
        }
        return selfInspectionReports;
    }

    private static org.integritydesk.report.ProblemAnalysisReport problemAnalysisReport;

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized org.integritydesk.report.ProblemAnalysisReport problemAnalysisReport() {
        if (problemAnalysisReport == null) {
            problemAnalysisReport = new org.integritydesk.report.ProblemAnalysisReport();
        }
        return problemAnalysisReport;
    }

    private static org.integritydesk.report.DebriefingReports debriefingReports;

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized org.integritydesk.report.DebriefingReports debriefingReports() {
        if (debriefingReports == null) {
            debriefingReports = new org.integritydesk.report.DebriefingReports();
        }
        return debriefingReports;
    }

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized RectificationReports rectificationReports() {
        if (rectificationReports == null) {
            rectificationReports = new RectificationReports();
        }
        return rectificationReports;
    }

    /** An assessment on this database that reads only the given input sources (to test an input nobody supplies). */
    public org.integritydesk.service.AssessmentService assessmentWith(AssessmentInputs inputs) {
        return new org.integritydesk.service.AssessmentService(tx, new org.integritydesk.store.AssessmentRepository(tx),
                new CadreRepository(tx), new UnitRepository(tx), inputs, stamps, access, auditTrail, setup,
                TestServices::assessmentSheetReport, closedYears);
    }

    /** Makes the services act as a user of {@code role} (clerks need their unit; {@code cadreId} links their own file). */
    public UserAccount actAs(Role role, UUID unitId, UUID cadreId) {
        UserAccount user = new UserAccount(UUID.randomUUID(), USER, USER, role, unitId, cadreId, false, true, 0);
        currentUser.set(user);
        return user;
    }

    /** Loaded once for all tests: loading the template takes a moment. */
    private static AuditLogReport auditLogReport;

    public static synchronized AuditLogReport auditLogReport() {
        if (auditLogReport == null) {
            auditLogReport = new AuditLogReport();
        }
        return auditLogReport;
    }

    private static TalkRecordReport talkRecordReport;
    private static CommitmentReport commitmentReport;

    public static synchronized TalkRecordReport talkRecordReport() {
        if (talkRecordReport == null) {
            talkRecordReport = new TalkRecordReport();
        }
        return talkRecordReport;
    }

    public static synchronized CommitmentReport commitmentReport() {
        if (commitmentReport == null) {
            commitmentReport = new CommitmentReport();
        }
        return commitmentReport;
    }

    public static TestServices open(Path dir) {
        return new TestServices(dir, Clock.fixed(NOW, ZONE));
    }

    /** With a clock the test moves (backups are named by the time they are made). */
    public static TestServices open(Path dir, Clock clock) {
        return new TestServices(dir, clock);
    }

    /** What the database holds now: row counts and a hash of every row. */
    public ContentFingerprint fingerprint() {
        return new DatabaseBackup(database).contentFingerprint();
    }

    /** Sets the bureau up and returns its root unit. */
    public OrgUnit setUpBureau() {
        setup.setUp("吉安县市场监督管理局", SITE);
        return units.tree().roots().get(0);
    }

    public OrgUnit subBureau(OrgUnit parent, String code, String name) {
        return units.create(new UnitService.UnitDraft(parent.id(), code, name, UnitKind.SUB_BUREAU, 1));
    }

    /**
     * The services of a second user working on the same data at the same time, their saves stamped
     * {@code user}. On PostgreSQL a database (pool) of its own on the same schema, as another PC's
     * app; on H2 the same database (one process holds the file), with transactions of its own.
     * Close it before this one.
     */
    public TestServices another(String user) {
        Database shared = database.server().isPresent()
                ? Database.openServer(database.server().get(), dir, database.schema().orElse(null))
                : database;
        return new TestServices(shared, false, dir, clock, user);
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            TestEngine.close(database);
        } else if (database.server().isPresent()) {
            database.close();
        }
    }
}
