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
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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
                return ArchiveFile.write(out, year, appVersion, createdAt, createdBy, keys,
                        sql -> database.dialect() == Dialect.H2 ? script(c, sql) : scriptOfServer(c, sql));
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

    /**
     * The archive of a server database in the same H2 {@code SCRIPT} form as an embedded one's, so
     * archives open the same way whichever engine made them: every table is copied, within the
     * caller's one snapshot, into an in-memory H2 database migrated to the server's version, which
     * then writes the script.
     */
    static String scriptOfServer(Connection server, Writer out) throws IOException {
        String version;
        try (Statement s = server.createStatement()) {
            version = schemaVersion(s);
        } catch (SQLException e) {
            throw new ArchiveException(ArchiveException.Problem.WRITE_FAILED, null, e.getMessage(), e);
        }
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:archive-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(memory).locations(Dialect.H2.migrationLocations()).target(version).load()
                .migrate();
        try (Connection h2 = memory.getConnection()) {
            try {
                TableCopy.copyAll(server, h2);
                return script(h2, out);
            } finally {
                try (Statement s = h2.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
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
