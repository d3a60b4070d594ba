package org.integritydesk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.BaseDraft;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.EducationRules;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.EducationBaseRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * The education bases (廉政教育基地). They serve the whole bureau: everyone who may see records sees
 * them; changing them is for whoever may change the county bureau's own records.
 */
public final class EducationBaseService {
    private final Transactions tx;
    private final EducationBaseRepository bases;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;

    public EducationBaseService(Transactions tx, EducationBaseRepository bases, UnitRepository units, Stamps stamps,
            AccessControl access, AuditTrail audit) {
        this.tx = tx;
        this.bases = bases;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
    }

    public List<EducationBase> list() {
        return tx.read(() -> {
            access.require(Action.VIEW);
            return bases.listLive();
        });
    }

    public List<FieldError> validate(BaseDraft draft, UUID editingId) {
        return tx.read(() -> collectErrors(draft, editingId));
    }

    public EducationBase create(BaseDraft draft) {
        return tx.inTransaction(() -> {
            requireBureauAccess(Action.CREATE);
            throwIfInvalid(draft, null);
            EducationBase base = toBase(UUID.randomUUID(), draft, RecordStamp.NEW);
            bases.insert(base, stamps.next());
            EducationBase created = bases.findById(base.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditRecordType.EDUCATION_BASE.code(), created.id(), created.name(), null,
                    fields(created), null);
            return created;
        });
    }

    public EducationBase update(UUID id, int version, BaseDraft draft) {
        return tx.inTransaction(() -> {
            requireBureauAccess(Action.UPDATE);
            EducationBase current = bases.findById(id).orElseThrow(() -> new ServiceException("error.base.notFound"));
            throwIfInvalid(draft, id);
            try {
                bases.update(toBase(id, draft, new RecordStamp(null, null, null, null, version)), stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            EducationBase saved = bases.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, AuditRecordType.EDUCATION_BASE.code(), id, saved.name(), changes.before(),
                    changes.after(), null);
            return saved;
        });
    }

    /** Removes the base from the list; activities held there keep naming it. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            requireBureauAccess(Action.DELETE);
            EducationBase current = bases.findById(id).orElseThrow(() -> new ServiceException("error.base.notFound"));
            try {
                bases.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.name(), e);
            }
            audit.record(AuditKind.DELETE, AuditRecordType.EDUCATION_BASE.code(), id, current.name(), null, null, null);
        });
    }

    /** The bases are the county bureau's: a clerk of a sub-bureau may see but not change them. */
    private void requireBureauAccess(Action action) {
        UnitTree tree = new UnitTree(units.findAll());
        if (tree.roots().isEmpty()) {
            access.require(action);
        } else {
            access.require(action, tree.roots().get(0).id());
        }
    }

    private void throwIfInvalid(BaseDraft draft, UUID editingId) {
        List<FieldError> errors = collectErrors(draft, editingId);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<FieldError> collectErrors(BaseDraft draft, UUID editingId) {
        List<FieldError> errors = new ArrayList<>(EducationRules.check(draft));
        if (errors.stream().noneMatch(e -> e.field().equals("name"))) {
            bases.findLiveByName(draft.name().strip()).filter(other -> !other.id().equals(editingId))
                    .ifPresent(other -> errors.add(new FieldError("name", "validation.base.nameTaken")));
        }
        return errors;
    }

    private static EducationBase toBase(UUID id, BaseDraft d, RecordStamp stamp) {
        return new EducationBase(id, d.name().strip(), d.kind(), d.theme(), blankToNull(d.address()),
                d.demonstrationSite(), blankToNull(d.notes()), stamp);
    }

    private static Map<String, Object> fields(EducationBase b) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", b.name());
        fields.put("kind", b.kind().name());
        fields.put("theme", b.theme().name());
        fields.put("address", b.address());
        fields.put("demonstrationSite", b.demonstrationSite());
        fields.put("notes", b.notes());
        return fields;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
