package org.integritydesk.service;

import java.util.List;
import java.util.Optional;
import org.integritydesk.model.AuditChain;
import org.integritydesk.model.AuditChain.BrokenLink;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditHead;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.AuditRepository.HeadSnapshot;
import org.integritydesk.store.Transactions;

/** Reading the audit trail: checking its chain, and the viewer's queries. Nothing here writes. */
public final class AuditService {
    /** Events read per transaction while checking; a million events never sit in memory at once. */
    static final int VERIFY_PAGE = 1_000;
    public static final int MAX_PAGE = 1_000;
    /** Stands in for a deleted head row: it matches no chain, so the check reports the head. */
    private static final AuditHead NO_HEAD = new AuditHead(-1, "");

    private final Transactions tx;
    private final AuditRepository events;
    private final Stamps stamps;

    public AuditService(Transactions tx, AuditRepository events, Stamps stamps) {
        this.tx = tx;
        this.events = events;
        this.stamps = stamps;
    }

    /**
     * The outcome of a check.
     *
     * @param events events found sound (all of them when the chain holds)
     * @param firstBreak the first broken link, or null when the chain holds
     */
    public record VerifyResult(long events, BrokenLink firstBreak) {
        public boolean intact() {
            return firstBreak == null;
        }

        public Optional<BrokenLink> broken() {
            return Optional.ofNullable(firstBreak);
        }
    }

    /**
     * Checks the whole chain from the first event to the head, a page per transaction. The head is
     * read first: events appended while the check runs lie beyond it and are left for the next check.
     */
    public VerifyResult verify() {
        HeadSnapshot snapshot = tx.read(events::head);
        AuditHead head = snapshot.head() == null ? NO_HEAD : snapshot.head();
        // also read events past the head: only a write around the app puts one there
        long upTo = Math.max(head.sequence(), snapshot.maxSequence());
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        while (verifier.broken().isEmpty()) {
            long from = after;
            List<AuditEvent> page = tx.read(() -> events.page(from, upTo, VERIFY_PAGE));
            if (page.isEmpty()) {
                verifier.finish(head);
                break;
            }
            page.forEach(verifier::accept);
            after = page.get(page.size() - 1).sequence();
        }
        return new VerifyResult(verifier.accepted(), verifier.broken().orElse(null));
    }

    /** A page of events matching {@code filter}, newest first; dates are days in the office's time zone. */
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit + " (1.." + MAX_PAGE + ")");
        }
        return tx.read(() -> events.find(filter, stamps.clock().getZone(), offset, limit));
    }

    public long count(AuditFilter filter) {
        return tx.read(() -> events.count(filter, stamps.clock().getZone()));
    }
}
