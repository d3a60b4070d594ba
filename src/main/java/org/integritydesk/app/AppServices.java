package org.integritydesk.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.integritydesk.cli.CliServices;
import org.integritydesk.model.Action;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.exchange.AuditExcelExport;
import org.integritydesk.service.CadreRosterService;
import org.integritydesk.report.AuditLogReport;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.report.RegulationRegisterReport;
import org.integritydesk.service.AttachmentService;
import org.integritydesk.service.RegulationService;
import org.integritydesk.report.CommitmentReport;
import org.integritydesk.report.TalkRecordReport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ClosedYears;
import org.integritydesk.service.EducationBaseService;
import org.integritydesk.service.EducationPrinting;
import org.integritydesk.service.EducationSection;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import org.integritydesk.service.FileSections;
import org.integritydesk.service.HomeSources;
import org.integritydesk.service.HomeFeeds;
import org.integritydesk.service.ProblemAnalysisService;
import org.integritydesk.store.ProblemAnalysisRepository;
import org.integritydesk.report.ProblemAnalysisReport;
import org.integritydesk.service.AssessmentInputs;
import org.integritydesk.service.exchange.ExchangeService;
import org.integritydesk.store.EducationActivityRepository;
import org.integritydesk.store.EducationBaseRepository;
import org.integritydesk.report.ActivityListReport;
import org.integritydesk.report.SignInSheetReport;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.report.RectificationReports;
import org.integritydesk.store.ExchangeStore;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.SupervisionRepository;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RestoreResult;
import org.integritydesk.service.RestoreService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.YearService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.service.demo.DemoEducation;
import org.integritydesk.service.demo.DemoTalksExtension;
import org.integritydesk.service.demo.DemoRegulationsExtension;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.CurrentUser;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.service.security.UserService;
import org.integritydesk.store.ArchiveKeys;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.ClosedYearRepository;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.AttachmentRepository;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.RegulationRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.TalkRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseAccess;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.DatabaseScript;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.UserRepository;

/**
 * The composition root of the services: one open (encrypted) database, its repositories, and every
 * service built by constructor, all acting as one {@link CurrentUser}. {@link Sessions} opens it.
 */
public final class AppServices implements CliServices {
    private final Database database;
    private AutoCloseable othersChanges = () -> { };
    private final Clock clock;
    private final CurrentUser currentUser = new CurrentUser();
    private final SetupService setup;
    private final UnitService units;
    private final CadreService cadres;
    private final DemoDataService demo;
    private final PrintService printing;
    private final UserService users;
    private final AuditService audit;
    private final BackupService backups;
    private final TalkService talks;
    private final CommitmentService commitments;
    private final RectificationService rectifications;
    private final SupervisionService supervision;
    private final org.integritydesk.service.SelfInspectionService selfInspection;
    private final org.integritydesk.service.DebriefingService debriefing;
    private final FileKey fileKey;
    private final EducationService education;
    private final EducationBaseService educationBases;
    private final EducationPrinting educationPrinting;
    private final YearService years;
    private final RegulationService regulations;
    private final AttachmentService attachments;
    private final org.integritydesk.service.ResponsibilityService responsibility;
    private final ExchangeService exchange;
    private final org.integritydesk.service.AssessmentService assessment;
    private final org.integritydesk.service.SanctionService sanctions;
    /** Each feature area adds what it puts on the home tab (首页) and what it feeds the assessment. */
    private final HomeSources homeSources = new HomeSources();
    private final AssessmentInputs assessmentInputs = new AssessmentInputs();
    private final ProblemAnalysisService problemAnalysis;
    /** Made on first use: the window should not load POI classes it may never need. */
    private final Lazy<AuditExcelExport> auditExcel;
    private final CadreRosterService cadreRoster;
    private final org.integritydesk.service.AttendanceImportService attendanceImport;
    /** 系统管理 → 数据库 (issue 9): the choice of database for the next start. */
    private final org.integritydesk.service.DatabaseSettingsService databaseSettings;
    private final org.integritydesk.service.DataMoveService dataMove;
    private final org.integritydesk.service.BallotImportService ballotImport;

    AppServices(Database database, FileKey fileKey, KeyVault vault, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.fileKey = fileKey;
        Transactions tx = new Transactions(database);
        SiteIdentity site = new SiteIdentity();
        Stamps stamps = new Stamps(clock, currentUser::name, site::unitCode);
        UnitRepository unitRepository = new UnitRepository(tx);
        CadreRepository cadreRepository = new CadreRepository(tx);
        FamilyBusinessRepository familyRepository = new FamilyBusinessRepository(tx);
        FileSections fileSections = new FileSections();
        AccessControl access = new AccessControl(currentUser, unitRepository, cadreRepository, familyRepository);
        AuditRepository auditRepository = new AuditRepository(tx);
        AuditTrail trail = new AuditTrail(auditRepository, stamps);
        this.setup = new SetupService(tx, new SettingsRepository(tx), unitRepository, stamps, site, trail);
        this.units = new UnitService(tx, unitRepository, stamps, access, trail);
        this.cadres = new CadreService(tx, cadreRepository, familyRepository, unitRepository, stamps, access, trail,
                fileSections);
        this.demo = new DemoDataService(tx, setup, unitRepository, cadreRepository, familyRepository, stamps, trail);
        ClosedYears closedYears = new ClosedYears(new ClosedYearRepository(tx));
        this.talks = new TalkService(tx, new TalkRepository(tx), cadreRepository, unitRepository, stamps, access, trail,
                setup, new Lazy<>(TalkRecordReport::new), closedYears);
        this.commitments = new CommitmentService(tx, new CommitmentRepository(tx), cadreRepository, unitRepository, stamps,
                access, trail, setup, new Lazy<>(CommitmentReport::new), closedYears);
        // the file's entries are written in the bureau's language (the base bundle), whatever the window shows
        Messages fileLanguage = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        fileSections.add(talks.fileSource(fileLanguage));
        fileSections.add(commitments.fileSource(fileLanguage));
        demo.extend(new DemoTalksExtension(tx, cadreRepository, new TalkRepository(tx), new CommitmentRepository(tx),
                stamps));
        this.printing = new PrintService(tx, cadres, units, setup, new Lazy<>(CadreFileReport::new), trail, clock);
        this.users = new UserService(tx, new UserRepository(tx), unitRepository, cadreRepository, vault, () -> fileKey,
                currentUser, access, stamps, trail);
        this.audit = new AuditService(tx, auditRepository, stamps, access, trail, setup, new Lazy<>(AuditLogReport::new));
        AuditService auditService = this.audit;
        this.auditExcel = new Lazy<>(() -> new AuditExcelExport(auditService));
        this.backups = new BackupService(tx, new SettingsRepository(tx), new DatabaseBackup(database), stamps,
                new BackupRetention(BackupRetention.Policy.DEFAULT), () -> access.require(Action.BACKUP));
        this.education = new EducationService(tx, new EducationActivityRepository(tx), new EducationBaseRepository(tx),
                cadreRepository, unitRepository, stamps, access, trail, closedYears);
        fileSections.add(new EducationSection(education));
        demo.extend(new DemoEducation(tx, new EducationBaseRepository(tx), new EducationActivityRepository(tx), stamps));
        demo.extend(new DemoRegulationsExtension(tx, new RegulationRepository(tx), stamps));
        this.educationBases = new EducationBaseService(tx, new EducationBaseRepository(tx), unitRepository, stamps,
                access, trail);
        this.educationPrinting = new EducationPrinting(tx, education, units, setup, new Lazy<>(SignInSheetReport::new),
                new Lazy<>(ActivityListReport::new), trail, clock);
        this.years = new YearService(tx, new ClosedYearRepository(tx), new DatabaseScript(database),
                new Lazy<>(() -> ArchiveKeys.of(fileKey)), YearService.defaultArchiveFolder(database.dataDir()),
                appVersion(), stamps, access, trail);
        this.regulations = new RegulationService(tx, new RegulationRepository(tx), stamps, access, trail, setup,
                new Lazy<>(RegulationRegisterReport::new), closedYears);
        AttachmentFiles attachmentFiles = new AttachmentFiles(AttachmentFiles.folderIn(database.dataDir()), fileKey,
                new SecureRandom(), database.server().isPresent() ? org.integritydesk.store.AttachmentCopies.inTable(tx)
                        : org.integritydesk.store.AttachmentCopies.NONE);
        this.attachments = new AttachmentService(tx, new AttachmentRepository(tx), attachmentFiles,
                AttachmentService.openFolderFor(database.dataDir()), stamps, trail);
        attachments.register(regulations.attachmentAccess());
        attachments.register(education.attachmentAccess());
        RectificationRepository rectificationRepository = new RectificationRepository(tx);
        Lazy<RectificationReports> rectificationReports = new Lazy<>(RectificationReports::new);
        this.rectifications = new RectificationService(tx, rectificationRepository, unitRepository, cadreRepository,
                stamps, access, trail, setup, rectificationReports, closedYears);
        SupervisionRepository supervisionRepository = new SupervisionRepository(tx);
        this.supervision = new SupervisionService(tx, supervisionRepository, rectificationRepository,
                rectifications, unitRepository, cadreRepository, stamps, access, trail, rectificationReports, closedYears);
        attachments.register(supervision.findingAttachmentAccess());
        demo.extend(new org.integritydesk.service.demo.DemoRectifications(tx, rectificationRepository,
                supervisionRepository, stamps));
        fileSections.add(rectifications.fileSection(new Messages(java.util.Locale.SIMPLIFIED_CHINESE)));
        // responsibility tasks (责任分解): attachments of progress entries, the assessment's completion rate,
        // overdue tasks on the home tab (in the bureau's language), demo tasks
        var responsibilityTasks = new org.integritydesk.store.ResponsibilityRepository(tx);
        this.responsibility = new org.integritydesk.service.ResponsibilityService(tx, responsibilityTasks,
                unitRepository, cadreRepository, stamps, access, trail, setup, closedYears,
                new Lazy<>(org.integritydesk.report.ResponsibilityReport::new));
        attachments.register(responsibility.attachmentAccess());
        assessmentInputs.add(responsibility.assessmentSource());
        homeSources.addTodos(responsibility.todos(fileLanguage));
        demo.extend(new org.integritydesk.service.demo.DemoResponsibility(tx, responsibilityTasks, stamps));
        org.integritydesk.store.SelfInspectionRepository selfInspectionRepository =
                new org.integritydesk.store.SelfInspectionRepository(tx);
        this.selfInspection = new org.integritydesk.service.SelfInspectionService(tx, selfInspectionRepository,
                rectifications, unitRepository, cadreRepository, stamps, access, trail, closedYears,
                new Lazy<>(org.integritydesk.report.SelfInspectionReports::new));
        demo.extend(new org.integritydesk.service.demo.DemoSelfInspection(tx, selfInspectionRepository,
                rectificationRepository, stamps));
        // analysis and home (issue 5 item 6, issue 6 item 9)
        ProblemAnalysisRepository problemAnalysisRepository = new ProblemAnalysisRepository(tx);
        this.problemAnalysis = new ProblemAnalysisService(tx, problemAnalysisRepository, unitRepository, stamps, access,
                trail, setup, new Lazy<>(ProblemAnalysisReport::new));
        new HomeFeeds(tx, new org.integritydesk.store.HomeTodoRepository(tx), problemAnalysis, education, talks,
                commitments, access, stamps).addTo(homeSources);
        // 述职述廉 (issue 6 items 1-4): sessions, ballots, comments; its file section, assessment input and chart
        org.integritydesk.store.DebriefingRepository debriefingRepository =
                new org.integritydesk.store.DebriefingRepository(tx);
        this.debriefing = new org.integritydesk.service.DebriefingService(tx, debriefingRepository, rectifications,
                unitRepository, cadreRepository, stamps, access, trail, closedYears,
                new Lazy<>(org.integritydesk.report.DebriefingReports::new));
        fileSections.add(debriefing.fileSection(fileLanguage));
        assessmentInputs.add(debriefing.assessmentSource());
        homeSources.addCharts(debriefing.chartSource(fileLanguage));
        demo.extend(new org.integritydesk.service.demo.DemoDebriefing(tx, debriefingRepository,
                rectificationRepository, stamps));
        this.cadreRoster = new CadreRosterService(tx, cadres, cadreRepository, unitRepository, new SettingsRepository(tx),
                stamps, access, trail);
        this.attendanceImport = new org.integritydesk.service.AttendanceImportService(tx, education, trail);
        this.ballotImport = new org.integritydesk.service.BallotImportService(tx, debriefing, cadreRepository, trail);
        this.exchange = new ExchangeService(tx, new ExchangeStore(tx), stamps, access, trail, setup, new SecureRandom(),
                attachmentFiles);
        // the assessment (issue 6 items 6-8): its inputs from the features above, sanctions, the home chart
        var assessmentSources = new org.integritydesk.service.AssessmentSources(
                new org.integritydesk.store.AssessmentInputRepository(tx), fileLanguage);
        assessmentInputs.add(assessmentSources.education());
        assessmentInputs.add(assessmentSources.commitments());
        assessmentInputs.add(assessmentSources.talks());
        assessmentInputs.add(assessmentSources.supervision());
        assessmentInputs.add(assessmentSources.sanctions());
        this.assessment = new org.integritydesk.service.AssessmentService(tx,
                new org.integritydesk.store.AssessmentRepository(tx), cadreRepository, unitRepository, assessmentInputs,
                stamps, access, trail, setup, new Lazy<>(org.integritydesk.report.AssessmentSheetReport::new),
                closedYears);
        this.sanctions = new org.integritydesk.service.SanctionService(tx,
                new org.integritydesk.store.SanctionRepository(tx), cadreRepository, stamps, access, trail, closedYears);
        fileSections.add(assessment.fileSource(fileLanguage));
        homeSources.addCharts(assessment.homeCharts(fileLanguage));
        this.databaseSettings = new org.integritydesk.service.DatabaseSettingsService(tx, access, trail,
                new org.integritydesk.service.DatabaseSettingsFile(database.dataDir(),
                        org.integritydesk.service.security.MachineSecret.ofThisMachine()));
        this.dataMove = new org.integritydesk.service.DataMoveService(tx, database, access, trail, databaseSettings,
                vault, attachmentFiles.folder(), clock);
        demo.extend(new org.integritydesk.service.demo.DemoAssessment(tx, new org.integritydesk.store.SanctionRepository(tx),
                new org.integritydesk.store.AssessmentRepository(tx), assessment, stamps));
        setup.profile();
    }

    /** The version written into year archives: the jar's, or the build's when run from classes. */
    static String appVersion() {
        String version = AppServices.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    /**
     * Restores the closed data folder {@code dataDir} from {@code backup} with the file key that
     * opens it (backups are the encrypted file itself); the window closes its services before and
     * opens new ones after.
     */
    static RestoreResult restore(Path dataDir, Path backup, FileKey key, Clock clock) {
        return new RestoreService(dataDir, DatabaseAccess.encrypted(key), clock,
                new BackupRetention(BackupRetention.Policy.DEFAULT)).restore(backup);
    }

    /** 系统管理 → 数据库: the database the next start opens, the test of a server's connection. */
    public org.integritydesk.service.DatabaseSettingsService databaseSettings() {
        return databaseSettings;
    }

    /** The server this program runs on ("host:port/database"), empty on the embedded database. */
    public java.util.Optional<String> serverAddress() {
        return database.server().map(s -> s.host() + ":" + s.port() + "/" + s.database());
    }

    /** The move of the embedded database's data to an empty PostgreSQL database. */
    @Override
    public org.integritydesk.service.DataMoveService dataMove() {
        return dataMove;
    }

    /** The charts and to-do items of the home tab, as each feature area added them. */
    public HomeSources homeSources() {
        return homeSources;
    }

    /** The assessment's input sources, as each feature area added them. */
    public AssessmentInputs assessmentInputs() {
        return assessmentInputs;
    }

    @Override
    public org.integritydesk.service.AssessmentService assessment() {
        return assessment;
    }

    @Override
    public org.integritydesk.service.SanctionService sanctions() {
        return sanctions;
    }

    /** The open database's key: a restore from the window needs it after these services are closed. */
    FileKey fileKey() {
        return fileKey;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public SetupService setup() {
        return setup;
    }

    @Override
    public UnitService units() {
        return units;
    }

    @Override
    public CadreService cadres() {
        return cadres;
    }

    @Override
    public DemoDataService demo() {
        return demo;
    }

    @Override
    public PrintService printing() {
        return printing;
    }

    @Override
    public UserService users() {
        return users;
    }

    @Override
    public YearService years() {
        return years;
    }

    @Override
    public AuditService audit() {
        return audit;
    }

    @Override
    public TalkService talks() {
        return talks;
    }

    @Override
    public CommitmentService commitments() {
        return commitments;
    }

    @Override
    public RectificationService rectifications() {
        return rectifications;
    }

    @Override
    public ProblemAnalysisService problemAnalysis() {
        return problemAnalysis;
    }

    @Override
    public SupervisionService supervision() {
        return supervision;
    }

    @Override
    public org.integritydesk.service.SelfInspectionService selfInspection() {
        return selfInspection;
    }

    @Override
    public org.integritydesk.service.DebriefingService debriefing() {
        return debriefing;
    }

    public org.integritydesk.service.AttendanceImportService attendanceImport() {
        return attendanceImport;
    }

    @Override
    public org.integritydesk.service.BallotImportService ballotImport() {
        return ballotImport;
    }

    @Override
    public CadreRosterService cadreRoster() {
        return cadreRoster;
    }

    @Override
    public AuditExcelExport auditExcel() {
        return auditExcel.get();
    }

    @Override
    public EducationService education() {
        return education;
    }

    @Override
    public EducationBaseService educationBases() {
        return educationBases;
    }

    @Override
    public EducationPrinting educationPrinting() {
        return educationPrinting;
    }

    @Override
    public RegulationService regulations() {
        return regulations;
    }

    @Override
    public org.integritydesk.service.ResponsibilityService responsibility() {
        return responsibility;
    }

    /** Files kept with records; each feature registers its owner type in the constructor. */
    public AttachmentService attachments() {
        return attachments;
    }

    @Override
    public ExchangeService exchange() {
        return exchange;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    @Override
    public void compactOnClose() {
        database.compactOnClose();
    }

    @Override
    public void close() {
        stopListening();
        attachments.deleteOpenedFiles();
        database.close();
    }

    /**
     * Tells {@code onChange} (on a thread of its own) the tables other users change on the shared
     * server, "*" when notices may have been missed (the connection was lost); nothing on the embedded
     * database. Replaces an earlier listener; closing the services stops it.
     */
    public void listenForOthersChanges(java.util.function.Consumer<java.util.Set<String>> onChange) {
        stopListening();
        othersChanges = database.listenForOthersChanges(onChange);
    }

    private void stopListening() {
        try {
            othersChanges.close();
        } catch (Exception e) {
            // only a listener's own connection; nothing of the user's is in it
        }
        othersChanges = () -> { };
    }
}
