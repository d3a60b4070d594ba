package org.integritydesk.service.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.CadreService;
import java.util.UUID;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.CurrentUser;
import org.integritydesk.service.SiteIdentity;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.UnitService;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Database;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.testing.TestServices;

/** A real H2 database in a folder with the services wired as the app wires them, on a fixed clock. */
final class DemoFixture implements AutoCloseable {
    static final int YEAR = 2026;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), CHINA);

    final Database database;
    final Stamps stamps = new Stamps(CLOCK, () -> "tester", () -> "360821");
    final SetupService setup;
    final UnitService unitService;
    final CadreService cadreService;
    final DemoDataService demo;
    final AuditService audit;
    private final Transactions tx;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final FamilyBusinessRepository family;

    DemoFixture(Path folder) {
        database = org.integritydesk.testing.TestEngine.open(folder);
        tx = new Transactions(database);
        units = new UnitRepository(tx);
        cadres = new CadreRepository(tx);
        family = new FamilyBusinessRepository(tx);
        AuditRepository auditRepository = new AuditRepository(tx);
        AuditTrail trail = new AuditTrail(auditRepository, stamps);
        setup = new SetupService(tx, new SettingsRepository(tx), units, stamps, new SiteIdentity(), trail);
        CurrentUser inspector = new CurrentUser();
        inspector.set(new UserAccount(UUID.randomUUID(), "inspector", "inspector", Role.INSPECTOR, null, null, false,
                true, 0));
        AccessControl access = new AccessControl(inspector, units, cadres, family);
        audit = new AuditService(tx, auditRepository, stamps, access, trail, setup, TestServices::auditLogReport);
        unitService = new UnitService(tx, units, stamps, access, trail);
        cadreService = new CadreService(tx, cadres, family, units, stamps, access, trail, new org.integritydesk.service.FileSections());
        demo = new DemoDataService(tx, setup, units, cadres, family, stamps, trail);
    }

    LocalDate today() {
        return stamps.today();
    }

    /**
     * Every live cadre's file, in the order the app prints them. Read with two queries rather than
     * {@link CadreService#openFiles}, which asks for each cadre's family rows apart: thousands of
     * files would slow the tests down.
     */
    List<CadreFile> allFiles() {
        return tx.read(() -> {
            UnitTree tree = new UnitTree(units.findAll());
            Map<UUID, List<FamilyBusiness>> families = family.findAllLive().stream()
                    .collect(Collectors.groupingBy(FamilyBusiness::cadreId));
            List<UUID> unitIds = tree.inDisplayOrder().stream().map(OrgUnit::id).toList();
            return cadres.findLiveByUnits(unitIds).stream()
                    .map(c -> new CadreFile(c, tree.find(c.unitId()).orElseThrow(), tree.pathOf(c.unitId()),
                            families.getOrDefault(c.id(), List.of()), Map.of()))
                    .toList();
        });
    }

    /** The form a clerk would see for the stored cadre, for checking it against the form's rules. */
    static CadreDraft draftOf(CadreFile file) {
        Cadre c = file.cadre();
        List<CadreDraft.FamilyBusinessDraft> rows = file.familyBusinesses().stream()
                .map(f -> new CadreDraft.FamilyBusinessDraft(f.relation(), f.name(), f.businessKind(),
                        f.employerOrBusiness(), f.inJurisdiction(), f.notes()))
                .toList();
        return new CadreDraft(c.unitId(), c.name(), c.idNumber().value(), c.ethnicity(), c.politicalStatus(),
                c.education(), c.position(), c.category(), c.importantPosition(), c.status(), c.mobile(),
                c.workStartDate(), c.appointmentDate(), c.notes(), rows);
    }

    @Override
    public void close() {
        org.integritydesk.testing.TestEngine.close(database);
    }
}
