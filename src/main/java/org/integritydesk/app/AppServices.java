package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.cli.CliServices;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * The composition root of the services: one database, its repositories, and every service built
 * by constructor. The window and the command line both start from here.
 */
public final class AppServices implements CliServices {
    private final Database database;
    private final SetupService setup;
    private final UnitService units;
    private final CadreService cadres;
    private final DemoDataService demo;
    private final PrintService printing;
    private final AuditService audit;
    private final Clock clock;

    private AppServices(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        Transactions tx = new Transactions(database);
        SiteIdentity site = new SiteIdentity();
        Stamps stamps = new Stamps(clock, AppServices::operatingSystemUser, site::unitCode);
        UnitRepository unitRepository = new UnitRepository(tx);
        CadreRepository cadreRepository = new CadreRepository(tx);
        FamilyBusinessRepository familyRepository = new FamilyBusinessRepository(tx);
        AuditRepository auditRepository = new AuditRepository(tx);
        AuditTrail trail = new AuditTrail(auditRepository, stamps);
        this.setup = new SetupService(tx, new SettingsRepository(tx), unitRepository, stamps, site, trail);
        this.units = new UnitService(tx, unitRepository, stamps, trail);
        this.cadres = new CadreService(tx, cadreRepository, familyRepository, unitRepository, stamps, trail);
        this.demo = new DemoDataService(tx, setup, unitRepository, cadreRepository, familyRepository, stamps, trail);
        this.printing = new PrintService(tx, cadres, units, setup, new Lazy<>(CadreFileReport::new), trail, clock);
        this.audit = new AuditService(tx, auditRepository, stamps);
        setup.profile();
    }

    /** Opens the database in {@code dataDir}; throws if another process has it open. */
    public static AppServices open(Path dataDir, Clock clock) {
        return new AppServices(Database.open(dataDir), clock);
    }

    /** Until users and logins exist, changes are stamped with the operating-system account. */
    private static String operatingSystemUser() {
        return System.getProperty("user.name", "unknown");
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
    public AuditService audit() {
        return audit;
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
