package org.integritydesk.service;

import java.util.List;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.store.ArchiveDatabase;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.model.OrgUnit;

/**
 * A year archive open for reading ({@link YearService#open}). It offers only reads; underneath, the
 * archive's database refuses every write, whoever asks. Close it to free the memory it holds.
 */
public final class OpenedArchive implements AutoCloseable {
    private final ArchiveDatabase database;
    private final ArchiveSummary summary;
    private final CadreRepository cadres;
    private final UnitRepository units;

    OpenedArchive(ArchiveDatabase database, ArchiveSummary summary) {
        this.database = database;
        this.summary = summary;
        this.cadres = new CadreRepository(database.transactions());
        this.units = new UnitRepository(database.transactions());
    }

    public ArchiveSummary summary() {
        return summary;
    }

    /** The cadres the archive holds (not deleted), by unit and name. */
    public List<CadreSummary> cadres() {
        return database.transactions().read(cadres::listLive);
    }

    /** The units the archive holds. */
    public List<OrgUnit> units() {
        return database.transactions().read(units::findAll);
    }

    @Override
    public void close() {
        database.close();
    }
}
