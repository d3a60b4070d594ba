package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.cli.CliServices;
import org.integritydesk.model.Action;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.exchange.AuditExcelExport;
import org.integritydesk.report.AuditLogReport;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.FileSections;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.report.RectificationReports;
import org.integritydesk.store.RectificationRepository;
import org.integritydesk.store.SupervisionRepository;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RestoreResult;
import org.integritydesk.service.RestoreService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.CurrentUser;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.service.security.UserService;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseAccess;
import org.integritydesk.store.DatabaseBackup;
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
    private final RectificationService rectifications;
    private final SupervisionService supervision;
    private final FileKey fileKey;
    /** Made on first use: the window should not load POI classes it may never need. */
    private final Lazy<AuditExcelExport> auditExcel;

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
        this.printing = new PrintService(tx, cadres, units, setup, new Lazy<>(CadreFileReport::new), trail, clock);
        this.users = new UserService(tx, new UserRepository(tx), unitRepository, cadreRepository, vault, () -> fileKey,
                currentUser, access, stamps, trail);
        this.audit = new AuditService(tx, auditRepository, stamps, access, trail, setup, new Lazy<>(AuditLogReport::new));
        AuditService auditService = this.audit;
        this.auditExcel = new Lazy<>(() -> new AuditExcelExport(auditService));
        this.backups = new BackupService(tx, new SettingsRepository(tx), new DatabaseBackup(database), stamps,
                new BackupRetention(BackupRetention.Policy.DEFAULT), () -> access.require(Action.BACKUP));
        RectificationRepository rectificationRepository = new RectificationRepository(tx);
        Lazy<RectificationReports> rectificationReports = new Lazy<>(RectificationReports::new);
        this.rectifications = new RectificationService(tx, rectificationRepository, unitRepository, cadreRepository,
                stamps, access, trail, setup, rectificationReports);
        SupervisionRepository supervisionRepository = new SupervisionRepository(tx);
        this.supervision = new SupervisionService(tx, supervisionRepository, rectificationRepository,
                rectifications, unitRepository, cadreRepository, stamps, access, trail, rectificationReports);
        demo.addFeature(new org.integritydesk.service.demo.DemoRectifications(tx, rectificationRepository,
                supervisionRepository, stamps));
        fileSections.add(rectifications.fileSection(new Messages(java.util.Locale.SIMPLIFIED_CHINESE)));
        setup.profile();
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
    public AuditService audit() {
        return audit;
    }

    @Override
    public RectificationService rectifications() {
        return rectifications;
    }

    @Override
    public SupervisionService supervision() {
        return supervision;
    }

    @Override
    public AuditExcelExport auditExcel() {
        return auditExcel.get();
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
    public void close() {
        database.close();
    }
}
