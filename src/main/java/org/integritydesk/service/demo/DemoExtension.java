package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.util.List;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.ProgressListener;

/**
 * A feature area's part of the demo data (education, talks, supervision...), added after the
 * cadres are written. The composition root registers each with {@link DemoDataService#extend}.
 * An extension writes in its own transactions, in batches, and draws its chance only from the
 * context's random, so a seed gives the same data whatever other extensions there are.
 */
public interface DemoExtension {
    /**
     * Everything an extension builds on.
     *
     * @param year   the year the demo describes (records are dated in it, none after {@code today})
     * @param bureau the county bureau
     * @param units  every live unit, the bureau first, in display order
     * @param cadres the cadres the run created, in unit order
     */
    record Context(long seed, int year, LocalDate today, OrgUnit bureau, List<OrgUnit> units, List<Cadre> cadres) {
        /** A random of this extension's own, from the run's seed and the extension's name. */
        DemoRandom random(String extension) {
            return new DemoRandom(seed * 31 + extension.hashCode());
        }
    }

    /**
     * Adds the feature's records.
     *
     * @return what it added, for the run's summary ("教育活动 1,234 项，出勤记录 45,678 条")
     */
    DemoSummary.Feature addTo(Context context, ProgressListener progress);
}
