package org.integritydesk.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitKind;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * First start: the county bureau's name and code, which also become the root of the unit tree.
 * Setting up is audited as one setting change.
 */
public final class SetupService {
    static final String BUREAU_NAME = "bureau.name";
    static final String BUREAU_CODE = "bureau.code";

    private final Transactions tx;
    private final SettingsRepository settings;
    private final UnitRepository units;
    private final Stamps stamps;
    private final SiteIdentity site;
    private final AuditTrail audit;

    public SetupService(Transactions tx, SettingsRepository settings, UnitRepository units, Stamps stamps,
            SiteIdentity site, AuditTrail audit) {
        this.tx = tx;
        this.settings = settings;
        this.units = units;
        this.stamps = stamps;
        this.site = site;
        this.audit = audit;
    }

    /** The bureau, or empty before the first-start setup; also tells the site identity its code. */
    /** Refuses a bureau name or code that {@link #setUp} would refuse, before anything is created. */
    public static void check(String bureauName, String unitCode) {
        String name = bureauName == null ? "" : bureauName.strip();
        String code = unitCode == null ? "" : unitCode.strip();
        if (name.isEmpty()) {
            throw new ServiceException("error.setup.nameRequired");
        }
        if (PersonName.codePointLength(name) > UnitService.MAX_NAME) {
            throw new ServiceException("error.setup.nameTooLong", UnitService.MAX_NAME);
        }
        if (!code.matches("\\d{6}")) {
            throw new ServiceException("error.setup.codeFormat");
        }
    }

    public Optional<BureauProfile> profile() {
        Optional<BureauProfile> profile = tx.read(() -> settings.get(BUREAU_NAME)
                .map(name -> new BureauProfile(name, settings.get(BUREAU_CODE).orElse(""))));
        profile.ifPresent(p -> site.set(p.unitCode()));
        return profile;
    }

    public boolean isSetUp() {
        return profile().isPresent();
    }

    /** Records the bureau and creates its root unit; refused once the database has been set up. */
    public BureauProfile setUp(String bureauName, String unitCode) {
        return setUp(bureauName, unitCode, UUID.randomUUID());
    }

    /** As {@link #setUp(String, String)} with the root unit's key chosen by the caller (repeatable demo data). */
    public BureauProfile setUp(String bureauName, String unitCode, UUID rootUnitId) {
        check(bureauName, unitCode);
        String name = bureauName.strip();
        String code = unitCode.strip();
        site.set(code);
        return tx.inTransaction(() -> {
            if (settings.get(BUREAU_NAME).isPresent()) {
                throw new ServiceException("error.setup.alreadyDone");
            }
            var stamp = stamps.next();
            settings.put(BUREAU_NAME, name, stamp);
            settings.put(BUREAU_CODE, code, stamp);
            units.insert(new OrgUnit(rootUnitId, null, code, name, UnitKind.COUNTY_BUREAU, 0, RecordStamp.NEW), stamp);
            Map<String, Object> recorded = new LinkedHashMap<>();
            recorded.put(BUREAU_NAME, name);
            recorded.put(BUREAU_CODE, code);
            recorded.put("rootUnitId", rootUnitId);
            audit.record(AuditKind.SETTING_CHANGE, AuditTrail.SETTING, null, name, null, recorded, null);
            return new BureauProfile(name, code);
        });
    }
}
