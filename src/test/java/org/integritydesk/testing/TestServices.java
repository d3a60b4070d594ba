package org.integritydesk.testing;

import java.nio.file.Path;
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
import org.integritydesk.service.FileSections;
import java.util.UUID;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.CurrentUser;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
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
 * A real H2 file database in a test's folder with the services built by hand, as the composition
 * root builds them, around a fixed clock.
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
    public final RectificationService rectifications;
    public final SupervisionService supervision;
    /** Where each feature's test wiring adds the part of the cadre file it fills. */
    public final FileSections fileSections = new FileSections();
    /** Who the services act as; an inspector (every record of every unit) unless a test says otherwise. */
    public final CurrentUser currentUser = new CurrentUser();

    private TestServices(Path dir, Clock clock) {
        database = Database.open(dir);
        tx = new Transactions(database);
        stamps = new Stamps(clock, () -> USER, () -> SITE);
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
        backups = new BackupService(tx, settings, new DatabaseBackup(database), stamps,
                new BackupRetention(BackupRetention.Policy.DEFAULT), () -> access.require(Action.BACKUP));
        RectificationRepository rectificationRepository = new RectificationRepository(tx);
        rectifications = new RectificationService(tx, rectificationRepository, unitRepository, cadreRepository, stamps,
                access, auditTrail, setup, TestServices::rectificationReports);
        SupervisionRepository supervisionRepository = new SupervisionRepository(tx);
        supervision = new SupervisionService(tx, supervisionRepository, rectificationRepository, rectifications,
                unitRepository, cadreRepository, stamps, access, auditTrail, TestServices::rectificationReports);
        demo.addFeature(new org.integritydesk.service.demo.DemoRectifications(tx, rectificationRepository,
                supervisionRepository, stamps));
        fileSections.add(rectifications.fileSection(new org.integritydesk.service.Messages(java.util.Locale.SIMPLIFIED_CHINESE)));
        actAs(Role.INSPECTOR, null, null);
    }

    /** Acts as a user of {@code role} called {@code username} (two users in a test need two names). */
    public UserAccount actAs(Role role, UUID unitId, UUID cadreId, String username) {
        UserAccount user = new UserAccount(UUID.randomUUID(), username, username, role, unitId, cadreId, false, true, 0);
        currentUser.set(user);
        return user;
    }

    private static RectificationReports rectificationReports;

    /** Loaded once for all tests, as {@link #auditLogReport()}. */
    public static synchronized RectificationReports rectificationReports() {
        if (rectificationReports == null) {
            rectificationReports = new RectificationReports();
        }
        return rectificationReports;
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

    @Override
    public void close() {
        database.close();
    }
}
