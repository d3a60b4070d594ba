package org.integritydesk.service.demo;

import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.RegulationRepository;
import org.integritydesk.store.Transactions;

/** The regulations register's part of the demo: the bureau's rules of the five years before the demo year. */
public final class DemoRegulationsExtension implements DemoExtension {
    private final Transactions tx;
    private final RegulationRepository regulations;
    private final Stamps stamps;

    public DemoRegulationsExtension(Transactions tx, RegulationRepository regulations, Stamps stamps) {
        this.tx = tx;
        this.regulations = regulations;
        this.stamps = stamps;
    }

    @Override
    public DemoSummary.Feature addTo(Context context, ProgressListener progress) {
        int stored = tx.inTransaction(() -> DemoRegulations.store(regulations, context.seed(), context.year(),
                stamps.next()));
        return new DemoSummary.Feature("cli.demo.regulations", stored);
    }
}
