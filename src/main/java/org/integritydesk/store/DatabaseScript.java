package org.integritydesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Year archives of the live database: the whole database as H2 {@code SCRIPT} SQL text (plain SQL,
 * not H2's file format, so a later H2 reads it), inside an {@link ArchiveFile}.
 */
public final class DatabaseScript {
    private final Database database;

    public DatabaseScript(Database database) {
        this.database = database;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    /**
     * Writes an archive of what the database holds now, read as one snapshot on a connection of
     * its own, so saves in the window meanwhile are either wholly in it or not at all.
     *
     * @throws IOException when {@code out} fails (a full disk)
     * @throws ArchiveException {@code WRITE_FAILED} when the database cannot be read
     */
    public ArchiveFile.Manifest writeArchive(OutputStream out, int year, String appVersion, Instant createdAt,
            String createdBy, ArchiveKeys keys) throws IOException {
        try (Connection c = database.connection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                return ArchiveFile.write(out, year, appVersion, createdAt, createdBy, keys, sql -> script(c, sql));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new ArchiveException(ArchiveException.Problem.WRITE_FAILED, database.dataDir(), e.getMessage(), e);
        }
    }

    /** Writes every statement of {@code SCRIPT}, one per line; returns the Flyway schema version. */
    static String script(Connection c, Writer out) throws IOException {
        try (Statement s = c.createStatement()) {
            String version = schemaVersion(s);
            // BLOCKSIZE: every large text inline as a literal, never H2's own LOB helper functions
            try (ResultSet rs = s.executeQuery("SCRIPT BLOCKSIZE " + Integer.MAX_VALUE)) {
                while (rs.next()) {
                    out.write(rs.getString(1));
                    out.write('\n');
                }
            }
            return version;
        } catch (SQLException e) {
            throw new ArchiveException(ArchiveException.Problem.WRITE_FAILED, null, e.getMessage(), e);
        }
    }

    /** The version of the newest migration applied ("7"), as Flyway recorded it. */
    static String schemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }
}
