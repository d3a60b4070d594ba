package org.integritydesk.model;

/**
 * The end of the audit chain as the head row records it: the last sequence appended and its hash.
 * Appends move it in the same transaction as the event, so it always names the newest event; an
 * empty chain has sequence 0 and the {@linkplain AuditChain#GENESIS genesis} hash.
 */
public record AuditHead(long sequence, String hash) {
    public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS);
}
