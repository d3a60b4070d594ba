package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.cli.CliServices;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.report.CadreFileReport;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.RestoreResult;
import org.integritydesk.service.RestoreService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseAccess;
import org.integritydesk.store.DatabaseBackup;
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
    private final BackupService backups;
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
        this.setup = new SetupService(tx, new SettingsRepository(tx), unitRepository, stamps, site);
        this.units = new UnitService(tx, unitRepository, stamps);
        this.cadres = new CadreService(tx, cadreRepository, familyRepository, unitRepository, stamps);
        this.demo = new DemoDataService(tx, setup, unitRepository, cadreRepository, familyRepository, stamps);
        this.printing = new PrintService(cadres, units, setup, new Lazy<>(CadreFileReport::new), clock);
        this.backups = new BackupService(tx, new SettingsRepository(tx), new DatabaseBackup(database), stamps,
                new BackupRetention(BackupRetention.Policy.DEFAULT));
        setup.profile();
    }

    /** Opens the database in {@code dataDir}; throws if another process has it open. */
    public static AppServices open(Path dataDir, Clock clock) {
        return new AppServices(access().open(dataDir), clock);
    }

    /**
     * Restores the closed data folder {@code dataDir} from {@code backup}; the window closes its
     * services before and opens new ones after.
     */
    public static RestoreResult restore(Path dataDir, Path backup, Clock clock) {
        return new RestoreService(dataDir, access(), clock, new BackupRetention(BackupRetention.Policy.DEFAULT))
                .restore(backup);
    }

    /** How the database files are opened; logins and encryption at rest will decide this. */
    private static DatabaseAccess access() {
        return DatabaseAccess.plain();
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
    public BackupService backups() {
        return backups;
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
