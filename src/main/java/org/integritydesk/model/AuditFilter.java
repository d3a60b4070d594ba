package org.integritydesk.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the audit viewer asks for. A null (or, for kinds, empty) criterion matches every event.
 *
 * @param actor exactly this user
 * @param recordId events about this record
 * @param kinds any of these kinds
 * @param from on or after this day (in the office's time zone)
 * @param to on or before this day
 */
public record AuditFilter(String actor, UUID recordId, Set<AuditKind> kinds, LocalDate from, LocalDate to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, Set.of(), null, null);

    public AuditFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(value, recordId, kinds, from, to);
    }

    public AuditFilter withRecordId(UUID value) {
        return new AuditFilter(actor, value, kinds, from, to);
    }

    public AuditFilter withKinds(AuditKind... values) {
        return new AuditFilter(actor, recordId, Set.of(values), from, to);
    }

    public AuditFilter between(LocalDate first, LocalDate last) {
        return new AuditFilter(actor, recordId, kinds, first, last);
    }
}
