package org.integritydesk.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Sanction;
import org.integritydesk.model.SanctionDraft;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.SanctionRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.VersionConflictException;

/**
 * Disciplinary sanctions (处分): list a year's, record, correct, delete. The discipline office
 * keeps them ({@link Action#MANAGE_ASSESSMENT}); anyone who sees the cadre sees their sanctions. A
 * sanction dated in a closed year is not created, changed, moved or deleted. Each change is one
 * audit event in its transaction.
 */
public final class SanctionService {
    private final Transactions tx;
    private final SanctionRepository sanctions;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ClosedYears closedYears;

    public SanctionService(Transactions tx, SanctionRepository sanctions, CadreRepository cadres, Stamps stamps,
            AccessControl access, AuditTrail audit, ClosedYears closedYears) {
        this.tx = tx;
        this.sanctions = sanctions;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.closedYears = closedYears;
    }

    /** A sanction with its cadre's name (masked ID) and unit, as the list shows it. */
    public record Row(Sanction sanction, String cadreName, String maskedId, UUID unitId, String unitName) {
    }

    /** The year's sanctions of the cadres the user may see, by date. */
    public List<Row> list(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return sanctions.listLive(year).stream()
                    .filter(r -> scope.canSee(r.unitId(), r.sanction().cadreId()))
                    .map(r -> new Row(r.sanction(), r.cadreName(), r.maskedId(), r.unitId(), r.unitName())).toList();
        });
    }

    public Sanction create(SanctionDraft draft) {
        return tx.inTransaction(() -> {
            Cadre cadre = checked(draft);
            closedYears.requireOpen(draft.date());
            Sanction s = new Sanction(UUID.randomUUID(), draft.cadreId(), draft.date(), draft.kind(),
                    draft.documentNumber().strip(), trimToNull(draft.note()), RecordStamp.NEW, null);
            sanctions.insert(s, stamps.next());
            Sanction saved = sanctions.findById(s.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.SANCTION, saved.id(), label(saved, cadre), null,
                    fields(saved, cadre), null);
            return saved;
        });
    }

    public Sanction update(UUID id, int version, SanctionDraft draft) {
        return tx.inTransaction(() -> {
            Sanction current = live(id);
            Cadre before = cadres.findById(current.cadreId()).orElseThrow();
            Cadre cadre = checked(draft);
            closedYears.requireOpen(current.date());
            closedYears.requireOpen(draft.date());
            Sanction changed = new Sanction(id, draft.cadreId(), draft.date(), draft.kind(), draft.documentNumber().strip(),
                    trimToNull(draft.note()), new RecordStamp(null, null, null, null, version), null);
            try {
                sanctions.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current, before), e);
            }
            Sanction saved = sanctions.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current, before), fields(saved, cadre));
            audit.record(AuditKind.UPDATE, AuditTrail.SANCTION, id, label(saved, cadre), changes.before(),
                    changes.after(), null);
            return saved;
        });
    }

    public void delete(UUID id, int version) {
        tx.run(() -> {
            Sanction current = live(id);
            Cadre cadre = cadres.findById(current.cadreId()).orElseThrow();
            access.require(Action.MANAGE_ASSESSMENT);
            access.require(Action.DELETE, cadre.unitId());
            closedYears.requireOpen(current.date());
            try {
                sanctions.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current, cadre), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.SANCTION, id, label(current, cadre), fields(current, cadre), null,
                    null);
        });
    }

    private Sanction live(UUID id) {
        return sanctions.findById(id).filter(s -> s.deletedAt() == null)
                .orElseThrow(() -> new ServiceException("error.sanction.notFound"));
    }

    private Cadre checked(SanctionDraft draft) {
        access.require(Action.MANAGE_ASSESSMENT);
        List<FieldError> errors = new java.util.ArrayList<>(draft.check(stamps.today()));
        Cadre cadre = null;
        if (draft.cadreId() != null) {
            cadre = cadres.findById(draft.cadreId()).filter(c -> !c.isDeleted()).orElse(null);
            if (cadre == null) {
                errors.add(new FieldError("cadre", "validation.talk.cadreUnknown"));
            } else {
                access.require(Action.UPDATE, cadre.unitId());
                access.requireNotRecused(cadre.id());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return cadre;
    }

    private static String label(Sanction s, Cadre cadre) {
        return cadre.name() + " " + s.date();
    }

    private static Map<String, Object> fields(Sanction s, Cadre cadre) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cadre", cadre.name());
        f.put("date", s.date().toString());
        f.put("kind", s.kind().name());
        f.put("documentNumber", s.documentNumber());
        if (s.note() != null) {
            f.put("note", s.note());
        }
        return f;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
