package org.integritydesk.service.demo;

import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.TalkRepository;
import org.integritydesk.store.Transactions;

/** The talks and commitments' part of the demo ({@link DemoTalksAndCommitments}), in one transaction. */
public final class DemoTalksExtension implements DemoExtension {
    private final Transactions tx;
    private final CadreRepository cadres;
    private final TalkRepository talks;
    private final CommitmentRepository commitments;
    private final Stamps stamps;

    public DemoTalksExtension(Transactions tx, CadreRepository cadres, TalkRepository talks,
            CommitmentRepository commitments, Stamps stamps) {
        this.tx = tx;
        this.cadres = cadres;
        this.talks = talks;
        this.commitments = commitments;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        DemoTalksAndCommitments.Counts counts = tx.inTransaction(() -> new DemoTalksAndCommitments(context.seed(),
                context.year(), context.today()).fill(cadres.listLive(), talks, commitments, stamps.next()));
        return new DemoSummary.Feature("cli.demo.talks", counts.talks(), counts.commitments());
    }
}
