package org.integritydesk.service.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.service.NameInitials;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * Fills a database with a realistic Ji'an County bureau to demonstrate and to measure the app:
 * its sub-bureaus and departments, N cadres and their family-business declarations. A seed
 * always gives the same data.
 *
 * <p>An empty database is set up as 吉安县市场监督管理局 (360821) first. A database already set up
 * keeps its bureau: the demo units are added under it, except those whose code is taken. Demo
 * cadres are only added to a database without live cadres, so they never mix with real files.
 *
 * <p>Cadres are written {@value #CADRES_PER_TRANSACTION} to a transaction, so 50,000 take
 * seconds, not minutes. Should a run fail halfway, the batches already written stay, and a
 * second run is refused as for any database with cadres.
 *
 * <p>A run is one audit event (CREATE of {@code demo_data} with the counts, seed and year),
 * written with the last batch, not one per cadre. Setting an empty database up is audited by
 * {@link SetupService} as usual. A run that fails halfway leaves its earlier batches without the
 * summary event.
 */
public final class DemoDataService {
    public static final int MAX_CADRES = 100_000;
    public static final int EARLIEST_YEAR = 2000;
    static final int CADRES_PER_TRANSACTION = 2_000;

    private final Transactions tx;
    private final SetupService setup;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final FamilyBusinessRepository family;
    private final Stamps stamps;
    private final AuditTrail audit;
    private final List<Feature> features = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A feature area's demo data, made after the cadres (the composition root adds each). */
    public interface Feature {
        /** Writes the feature's demo data for {@code options}, given the demo units that hold cadres. */
        void generate(DemoOptions options, List<OrgUnit> units);
    }

    public void addFeature(Feature feature) {
        features.add(feature);
    }

    public DemoDataService(Transactions tx, SetupService setup, UnitRepository units, CadreRepository cadres,
            FamilyBusinessRepository family, Stamps stamps, AuditTrail audit) {
        this.tx = tx;
        this.setup = setup;
        this.units = units;
        this.cadres = cadres;
        this.family = family;
        this.stamps = stamps;
        this.audit = audit;
    }

    /**
     * Creates the demo data; {@code progress} hears of every batch of cadres written.
     *
     * @throws ServiceException {@code error.demo.cadreCount} or {@code error.demo.year} for options
     *         out of range, {@code error.demo.notEmpty} when the database already has cadres
     */
    public DemoSummary generate(DemoOptions options, ProgressListener progress) {
        checkOptions(options);
        DemoRandom random = new DemoRandom(options.seed());
        Preparation prepared = tx.inTransaction(() -> prepare(random));
        DemoCadres maker = new DemoCadres(random, options.year(), prepared.takenIdNumbers());
        List<StaffPlan.Slot> slots = StaffPlan.slots(prepared.bureau(), prepared.units(), options.cadres(), random);

        int familyEntries = 0;
        progress.progress(0, slots.size());
        for (int from = 0; from < slots.size(); from += CADRES_PER_TRANSACTION) {
            List<DemoCadres.GeneratedCadre> batch = new ArrayList<>(CADRES_PER_TRANSACTION);
            int to = Math.min(from + CADRES_PER_TRANSACTION, slots.size());
            for (StaffPlan.Slot slot : slots.subList(from, to)) {
                batch.add(maker.make(slot));
            }
            int entriesBefore = familyEntries;
            boolean last = to == slots.size();
            familyEntries += tx.inTransaction(() -> {
                int stored = store(batch);
                if (last) {
                    recordRun(options, new DemoSummary(prepared.unitsCreated(), slots.size(), entriesBefore + stored));
                }
                return stored;
            });
            progress.progress(to, slots.size());
        }
        List<OrgUnit> placedUnits = prepared.units().stream().map(PlacedUnit::unit).toList();
        features.forEach(feature -> feature.generate(options, placedUnits));
        return new DemoSummary(prepared.unitsCreated(), slots.size(), familyEntries);
    }

    /** The one audit event of a run, in the transaction of its last batch. */
    private void recordRun(DemoOptions options, DemoSummary summary) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("units", summary.units());
        details.put("cadres", summary.cadres());
        details.put("familyEntries", summary.familyEntries());
        details.put("seed", options.seed());
        details.put("year", options.year());
        audit.record(AuditKind.CREATE, AuditTrail.DEMO_DATA, null, null, null, details, null);
    }

    private void checkOptions(DemoOptions options) {
        if (options.cadres() < 1 || options.cadres() > MAX_CADRES) {
            throw new ServiceException("error.demo.cadreCount", 1, MAX_CADRES);
        }
        int thisYear = stamps.today().getYear();
        if (options.year() < EARLIEST_YEAR || options.year() > thisYear) {
            throw new ServiceException("error.demo.year", EARLIEST_YEAR, thisYear);
        }
    }

    /** Everything the cadres need, decided in one transaction so the emptiness check still holds. */
    private record Preparation(OrgUnit bureau, List<PlacedUnit> units, int unitsCreated, List<String> takenIdNumbers) {
    }

    private Preparation prepare(DemoRandom random) {
        if (cadres.countLive() > 0) {
            throw new ServiceException("error.demo.notEmpty");
        }
        int created = 0;
        UUID bureauId = random.uuid();
        if (!setup.isSetUp()) {
            // joins this transaction: setting up and adding the units commit together
            setup.setUp(DemoUnits.BUREAU_NAME, DemoUnits.BUREAU_CODE, bureauId);
            created++;
        }
        OrgUnit bureau = findBureau();
        List<PlacedUnit> placed = new ArrayList<>();
        Stamping stamp = stamps.next();
        for (int i = 0; i < DemoUnits.CHILDREN.size(); i++) {
            DemoUnits.UnitPlan plan = DemoUnits.CHILDREN.get(i);
            // drawn even for a unit that is skipped, so that the cadres of a seed do not depend on it
            OrgUnit unit = new OrgUnit(random.uuid(), bureau.id(), plan.codeUnder(bureau.code()), plan.name(),
                    plan.kind(), i + 1, RecordStamp.NEW);
            if (!units.codeTaken(unit.code(), null)) {
                units.insert(unit, stamp);
                created++;
            }
            // a live unit with the code takes the demo cadres; one in the recycle bin gets none
            units.findByCode(unit.code()).ifPresent(stored -> placed.add(new PlacedUnit(plan, stored)));
        }
        // a cadre in the recycle bin keeps its ID number, which must stay unique
        List<String> taken = cadres.listDeleted().stream().map(CadreSummary::idNumber).map(IdNumber::value).toList();
        return new Preparation(bureau, placed, created, taken);
    }

    /** The unit recorded as the bureau at setup, or else the first top unit of the tree. */
    private OrgUnit findBureau() {
        Optional<OrgUnit> byProfile = setup.profile().map(BureauProfile::unitCode).flatMap(units::findByCode);
        return byProfile.or(() -> new UnitTree(units.findAll()).roots().stream().findFirst())
                .orElseThrow(() -> new ServiceException("error.unit.notFound"));
    }

    /** Writes one batch; returns how many family-business rows it held. */
    private int store(List<DemoCadres.GeneratedCadre> batch) {
        Stamping stamp = stamps.next();
        List<Cadre> rows = new ArrayList<>(batch.size());
        List<String> initials = new ArrayList<>(batch.size());
        for (DemoCadres.GeneratedCadre generated : batch) {
            rows.add(generated.cadre());
            initials.add(NameInitials.of(generated.cadre().name()));
        }
        cadres.insertAll(rows, initials, stamp);
        List<FamilyBusiness> familyRows = batch.stream().flatMap(generated -> generated.family().stream()).toList();
        family.insertAll(familyRows, stamp);
        return familyRows.size();
    }
}
