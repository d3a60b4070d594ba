package org.integritydesk.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash-chain rule of the audit trail. Each event stores the SHA-256 of its own fields together
 * with the hash of the event before it, so editing, deleting, inserting or reordering events breaks
 * a link that {@link #verify} finds. The chain is not keyed: someone who rewrites an event and
 * every hash after it (and the head row) is not caught; it catches edits made around the app.
 */
public final class AuditChain {
    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);
    /** Names the serialisation below, so that a future format can be told apart. */
    private static final String FORMAT = "integrity-desk-audit-v1";

    private AuditChain() {
    }

    /** Why a link is broken; each names the clerk's message. */
    public enum Break implements Labelled {
        /** The event's fields no longer give its stored hash: it was edited. */
        CHANGED,
        /** A sequence number is skipped: an event was deleted (or, in a list out of order, comes later). */
        MISSING,
        /** A sequence number repeats or goes backwards (a list out of order, a copied event). */
        OUT_OF_ORDER,
        /** The event does not name the hash of the event before it (deleted, inserted or swapped events). */
        WRONG_PREVIOUS_HASH,
        /** The first event does not start from the genesis value. */
        NOT_CHAINED_TO_GENESIS,
        /** The head row names events after the last one stored: the end of the trail was cut off. */
        TAIL_MISSING,
        /** The head row and the last event disagree: events were written around the app, or the head edited. */
        HEAD_MISMATCH;

        public String messageKey() {
            return "enum.auditBreak." + name();
        }
    }

    /** The first broken link: the sequence number where the chain stops being trustworthy, and why. */
    public record BrokenLink(long sequence, Break reason) {
    }

    /**
     * Places an unsealed event after {@code head}: the next sequence, the head's hash as previous
     * hash, and its own hash. Its time is cut to the microsecond, the precision the database keeps,
     * so that the stored event hashes the same when read back.
     */
    public static AuditEvent seal(AuditEvent unsealed, AuditHead head) {
        AuditEvent placed = new AuditEvent(head.sequence() + 1,
                unsealed.occurredAt() == null ? null : unsealed.occurredAt().truncatedTo(ChronoUnit.MICROS),
                unsealed.actor(), unsealed.kind(), unsealed.recordType(), unsealed.recordId(), unsealed.recordLabel(),
                unsealed.before(), unsealed.after(), unsealed.purpose(), unsealed.originUnit(), head.hash(), null);
        return withHash(placed, hashOf(placed));
    }

    /** The SHA-256 (lower-case hex) of the UTF-8 bytes of the event's canonical text, previous hash included. */
    public static String hashOf(AuditEvent event) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return HexFormat.of().formatHex(sha256.digest(utf8(canonical(event))));
    }

    /**
     * UTF-8 by hand: the model may not use {@code java.nio} (where the charsets live). A lone
     * surrogate, which no valid text holds, is written as its own three bytes rather than dropped.
     */
    static byte[] utf8(String text) {
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xC0 | cp >> 6);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xE0 | cp >> 12);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Every field but the hash, one per line as {@code name=length:value} (or {@code name=-} for
     * null). The length prefix makes the text unambiguous: no value can imitate a field boundary.
     */
    public static String canonical(AuditEvent e) {
        StringBuilder text = new StringBuilder(256).append(FORMAT).append('\n');
        field(text, "previousHash", e.previousHash());
        field(text, "sequence", Long.toString(e.sequence()));
        field(text, "occurredAt", e.occurredAt() == null ? null : e.occurredAt().toString());
        field(text, "actor", e.actor());
        field(text, "kind", e.kind() == null ? null : e.kind().name());
        field(text, "recordType", e.recordType());
        field(text, "recordId", e.recordId() == null ? null : e.recordId().toString());
        field(text, "recordLabel", e.recordLabel());
        field(text, "before", e.before());
        field(text, "after", e.after());
        field(text, "purpose", e.purpose());
        field(text, "originUnit", e.originUnit());
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }

    /** The first broken link of a whole chain given in sequence order, or empty if it holds. */
    public static Optional<BrokenLink> verify(List<AuditEvent> events) {
        Verifier verifier = new Verifier();
        for (AuditEvent event : events) {
            if (verifier.accept(event).isPresent()) {
                break;
            }
        }
        return verifier.broken();
    }

    /** As {@link #verify(List)}, and the head row must name the last event. */
    public static Optional<BrokenLink> verify(List<AuditEvent> events, AuditHead head) {
        Verifier verifier = new Verifier();
        for (AuditEvent event : events) {
            if (verifier.accept(event).isPresent()) {
                return verifier.broken();
            }
        }
        return verifier.finish(head);
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.sequence(), e.occurredAt(), e.actor(), e.kind(), e.recordType(), e.recordId(),
                e.recordLabel(), e.before(), e.after(), e.purpose(), e.originUnit(), e.previousHash(), hash);
    }

    /**
     * Checks a chain fed one event at a time, from sequence 1 on, so that a trail of millions is
     * checked page by page; it only remembers the last event's sequence and hash. After the first
     * break it ignores what follows.
     */
    public static final class Verifier {
        private long lastSequence;
        private String lastHash = GENESIS;
        private long accepted;
        private BrokenLink broken;

        /** Checks the next event; returns the first break found so far, if any. */
        public Optional<BrokenLink> accept(AuditEvent event) {
            if (broken == null) {
                broken = check(event);
                if (broken == null) {
                    lastSequence = event.sequence();
                    lastHash = event.hash();
                    accepted++;
                }
            }
            return broken();
        }

        private BrokenLink check(AuditEvent event) {
            if (event.sequence() <= lastSequence) {
                return new BrokenLink(event.sequence(), Break.OUT_OF_ORDER);
            }
            if (event.sequence() > lastSequence + 1) {
                return new BrokenLink(lastSequence + 1, Break.MISSING);
            }
            if (!lastHash.equals(event.previousHash())) {
                return new BrokenLink(event.sequence(),
                        lastSequence == 0 ? Break.NOT_CHAINED_TO_GENESIS : Break.WRONG_PREVIOUS_HASH);
            }
            if (!hashOf(event).equals(event.hash())) {
                return new BrokenLink(event.sequence(), Break.CHANGED);
            }
            return null;
        }

        /**
         * Ends the check against the head row: the last event must be the one the head names. A
         * head beyond the last event means the newest events were removed.
         */
        public Optional<BrokenLink> finish(AuditHead head) {
            if (broken == null) {
                if (head.sequence() > lastSequence) {
                    broken = new BrokenLink(lastSequence + 1, Break.TAIL_MISSING);
                } else if (head.sequence() < lastSequence) {
                    broken = new BrokenLink(head.sequence() + 1, Break.HEAD_MISMATCH);
                } else if (!lastHash.equals(head.hash())) {
                    broken = new BrokenLink(lastSequence, Break.HEAD_MISMATCH);
                }
            }
            return broken();
        }

        public Optional<BrokenLink> broken() {
            return Optional.ofNullable(broken);
        }

        /** Events checked and found sound. */
        public long accepted() {
            return accepted;
        }

        public long lastSequence() {
            return lastSequence;
        }
    }
}
