package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.integritydesk.model.ClosedYear;

/** The closes (归档) of years and their reopenings; see {@code V7__years.sql}. */
public final class ClosedYearRepository {
    private static final String COLUMNS = "id, closed_year, closed_at, closed_by, archive_file, archive_sha256,"
            + " reopened_at, reopened_by, reopen_reason, created_at, updated_at, updated_by, origin_unit, version";
    private final Jdbc jdbc;

    public ClosedYearRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Whether {@code year} has a standing close. One indexed lookup: the guard runs before every dated change. */
    public boolean isClosed(int year) {
        return jdbc.count("SELECT COUNT(*) FROM closed_year WHERE open_year = ?", year) > 0;
    }

    /** The standing close of {@code year}, if it is closed. */
    public Optional<ClosedYear> findStanding(int year) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM closed_year WHERE open_year = ?", ClosedYearRepository::map, year);
    }

    /** Every close of every year, newest year first and within a year newest close first. */
    public List<ClosedYear> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM closed_year ORDER BY closed_year DESC, closed_at DESC, created_at DESC"
                        // the standing close first when two closes share an instant
                        + ", CASE WHEN reopened_at IS NULL THEN 0 ELSE 1 END",
                ClosedYearRepository::map);
    }

    /**
     * Records a close.
     *
     * @throws DuplicateKeyException when the year has a standing close already (another PC closed it just now)
     */
    public void insert(ClosedYear closed, Stamping stamp) {
        jdbc.update("INSERT INTO closed_year (id, closed_year, closed_at, closed_by, archive_file, archive_sha256,"
                        + " created_at, updated_at, updated_by, origin_unit, version) VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                closed.id(), closed.year(), closed.closedAt(), closed.closedBy(), closed.archiveFile(),
                closed.archiveSha256(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
    }

    /** Marks a standing close as reopened; refuses if it changed in between. */
    public void reopen(ClosedYear closed, String reason, Stamping stamp) {
        int rows = jdbc.update("UPDATE closed_year SET reopened_at = ?, reopened_by = ?, reopen_reason = ?,"
                        + " updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND reopened_at IS NULL",
                stamp.now(), stamp.user(), reason, stamp.now(), stamp.user(), closed.id(), closed.stamp().version());
        if (rows == 0) {
            throw jdbc.conflict("closed_year", closed.id());
        }
    }

    private static ClosedYear map(ResultSet rs) throws SQLException {
        return new ClosedYear(Jdbc.uuid(rs, "id"), rs.getInt("closed_year"), Jdbc.instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getString("archive_file"), rs.getString("archive_sha256"),
                Jdbc.instant(rs, "reopened_at"), rs.getString("reopened_by"), rs.getString("reopen_reason"),
                Stamping.read(rs));
    }
}
