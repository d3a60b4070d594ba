package org.integritydesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail: who did what to which record, when, and why.
 *
 * @param sequence position in the chain, 1 for the first event, each next one previous + 1
 * @param kind what happened; null only when the stored kind is not one this version knows (which
 *        the chain check then reports as a changed event)
 * @param recordType what kind of record ({@code cadre}, {@code org_unit}, {@code setting} …)
 * @param recordId the record's key, or null for events about no single record (a printout of many)
 * @param recordLabel how a person recognises the record (a cadre's name), never an ID number
 * @param before changed fields before the change, as {@link AuditText} renders them; null if none
 * @param after changed fields after the change; null if none
 * @param purpose why it was done, when the user was asked (viewing a file); else null
 * @param originUnit the site that wrote the event
 * @param previousHash the hash of the event before, or {@link AuditChain#GENESIS} for the first
 * @param hash SHA-256 of {@code previousHash} and this event's fields (see {@link AuditChain})
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        String actor,
        AuditKind kind,
        String recordType,
        UUID recordId,
        String recordLabel,
        String before,
        String after,
        String purpose,
        String originUnit,
        String previousHash,
        String hash) {

    /** An event not yet on the chain: no sequence, no hashes; {@link AuditChain#seal} places it. */
    public static AuditEvent unsealed(Instant occurredAt, String actor, AuditKind kind, String recordType,
            UUID recordId, String recordLabel, String before, String after, String purpose, String originUnit) {
        return new AuditEvent(0, occurredAt, actor, kind, recordType, recordId, recordLabel, before, after, purpose,
                originUnit, null, null);
    }
}
