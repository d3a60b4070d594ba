package org.integritydesk.service;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/** Managing the unit tree: the county bureau, its sub-bureaus and departments. Every change is audited. */
public final class UnitService {
    /** Half the column's width: H2 counts Java chars and a rare character takes two. */
    static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,20}");
    private final Transactions tx;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;

    public UnitService(Transactions tx, UnitRepository units, Stamps stamps, AccessControl access, AuditTrail audit) {
        this.tx = tx;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
    }

    /** What the unit form holds. {@code parentId} is null only for the county bureau. */
    public record UnitDraft(UUID parentId, String code, String name, UnitKind kind, int sortOrder) {
    }

    public UnitTree tree() {
        return tx.read(() -> new UnitTree(units.findAll()));
    }

    public OrgUnit create(UnitDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_UNITS);
            check(draft, null);
            OrgUnit unit = new OrgUnit(UUID.randomUUID(), draft.parentId(), draft.code().strip(), draft.name().strip(),
                    draft.kind(), draft.sortOrder(), RecordStamp.NEW);
            units.insert(unit, stamps.next());
            OrgUnit created = units.findById(unit.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.UNIT, created.id(), created.name(), null, AuditFields.of(created),
                    null);
            return created;
        });
    }

    public OrgUnit update(UUID id, int version, UnitDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_UNITS);
            OrgUnit current = units.findById(id).orElseThrow(() -> new ServiceException("error.unit.notFound"));
            check(draft, id);
            if (draft.parentId() != null && new UnitTree(units.findAll()).isSelfOrDescendant(draft.parentId(), id)) {
                throw new ServiceException("error.unit.cycle");
            }
            OrgUnit changed = new OrgUnit(id, draft.parentId(), draft.code().strip(), draft.name().strip(), draft.kind(),
                    draft.sortOrder(), new RecordStamp(null, null, null, null, version));
            try {
                units.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            OrgUnit saved = units.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(AuditFields.of(current), AuditFields.of(saved));
            audit.record(AuditKind.UPDATE, AuditTrail.UNIT, id, saved.name(), changes.before(), changes.after(), null);
            return saved;
        });
    }

    /** Deletes an empty unit; one that still has cadres (even in the recycle bin) or sub-units is refused. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            access.require(Action.MANAGE_UNITS);
            OrgUnit current = units.findById(id).orElseThrow(() -> new ServiceException("error.unit.notFound"));
            if (current.parentId() == null) {
                throw new ServiceException("error.unit.deleteRoot");
            }
            if (units.countDependants(id) > 0) {
                throw new ServiceException("error.unit.inUse", current.name());
            }
            try {
                units.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.UNIT, id, current.name(), null, null, null);
        });
    }

    private void check(UnitDraft draft, UUID editingId) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new ServiceException("error.unit.nameRequired");
        }
        if (PersonName.codePointLength(draft.name().strip()) > MAX_NAME) {
            throw new ServiceException("error.unit.nameTooLong", MAX_NAME);
        }
        if (draft.code() == null || !CODE.matcher(draft.code().strip()).matches()) {
            throw new ServiceException("error.unit.codeFormat");
        }
        if (draft.kind() == null) {
            throw new ServiceException("error.unit.kindRequired");
        }
        if (draft.parentId() == null && draft.kind() != UnitKind.COUNTY_BUREAU) {
            throw new ServiceException("error.unit.parentRequired");
        }
        if (draft.parentId() != null && units.findById(draft.parentId()).isEmpty()) {
            throw new ServiceException("error.unit.notFound");
        }
        if (units.codeTaken(draft.code().strip(), editingId)) {
            throw new ServiceException("error.unit.codeTaken", draft.code().strip());
        }
    }

    public List<OrgUnit> list() {
        return tx.read(units::findAll);
    }
}
