package org.integritydesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;

/**
 * A year archive opened for reading: its SQL is run into a private in-memory H2 database, which
 * Flyway then brings up to the current schema (so an archive written by an older version opens
 * with this code). Everything afterwards reads as a user who may only {@code SELECT}: a write of
 * any kind is refused by the database itself. Closing drops the in-memory database.
 */
public final class ArchiveDatabase implements AutoCloseable {
    private static final String READER = "ARCHIVE_READER";
    private final String url;
    private final String readerPassword;
    private final Connection owner;
    private final ArchiveFile.Manifest manifest;
    private final Transactions transactions;

    private ArchiveDatabase(String url, String readerPassword, Connection owner, ArchiveFile.Manifest manifest) {
        this.url = url;
        this.readerPassword = readerPassword;
        this.owner = owner;
        this.manifest = manifest;
        this.transactions = new Transactions(this::readerConnection);
    }

    /**
     * Checks the archive's signature, decrypts it and loads it.
     *
     * @throws ArchiveException naming what is wrong with the file
     */
    public static ArchiveDatabase open(Path file, ArchiveKeys keys) {
        ArchiveFile.Manifest manifest = ArchiveFile.verify(file, keys);
        String url = "jdbc:h2:mem:archive-" + UUID.randomUUID();
        Connection owner = null;
        try (Reader sql = ArchiveFile.sql(file, keys)) {
            owner = DriverManager.getConnection(url, "sa", "");
            RunScript.execute(owner, sql);
            Flyway.configure().dataSource(url, "sa", "").locations(Dialect.H2.migrationLocations()).load().migrate();
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            try (Statement s = owner.createStatement()) {
                s.execute("CREATE USER " + READER + " PASSWORD '" + password + "'");
                s.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
            }
            return new ArchiveDatabase(url, password, owner, manifest);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(owner);
            if (e instanceof ArchiveException known) {
                throw known;
            }
            throw new ArchiveException(ArchiveException.Problem.DAMAGED, file, FileSteps.describe(e), e);
        }
    }

    public ArchiveFile.Manifest manifest() {
        return manifest;
    }

    /** Transactions on the archive, as the read-only user: repositories read through them; writes fail. */
    public Transactions transactions() {
        return transactions;
    }

    /** The schema version the archive stands at now, after the migrations of this version. */
    public String schemaVersion() {
        try (Connection c = readerConnection(); Statement s = c.createStatement()) {
            return DatabaseScript.schemaVersion(s);
        } catch (SQLException e) {
            throw new StoreException("cannot read the archive: " + e.getMessage(), e);
        }
    }

    /** The row count of every table, read row by row. */
    public SortedMap<String, Long> rowCounts() {
        try (Connection c = readerConnection()) {
            return Fingerprints.of(c).rowCounts();
        } catch (SQLException e) {
            throw new StoreException("cannot read the archive: " + e.getMessage(), e);
        }
    }

    private Connection readerConnection() {
        try {
            return DriverManager.getConnection(url, READER, readerPassword);
        } catch (SQLException e) {
            throw new StoreException("cannot read the archive: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Statement s = owner.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already gone
        } finally {
            closeQuietly(owner);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to keep
            }
        }
    }
}
