package org.integritydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The app's database: by default the embedded H2 database of one data folder; or, for several PCs
 * at once, a shared PostgreSQL server ({@link #openServer}). Opening the embedded one takes an
 * exclusive lock file first, so a second process on the same folder is refused before H2 is
 * touched; either then applies the Flyway migrations of its {@link Dialect}.
 *
 * <p>{@code WRITE_DELAY=0}: a commit reaches the file before the call returns (with H2's default a
 * killed process lost the last half second of commits in our measurements, see FACTS.md).
 */
public final class Database implements AutoCloseable {
    private volatile boolean compactOnClose;

    public static final String FILE_NAME = "integrity-desk";
    /** The one file that holds everything; backups carry it under this name. */
    public static final String DATA_FILE = FILE_NAME + ".mv.db";

    /**
     * Rows a query result keeps in memory before H2 moves it to a temporary file (H2's default is
     * 40,000). The lists of a province (50,000 cadres, 44,503 commitments, 48,000 findings) are held
     * by the app whole anyway; spilled, their sort was written out and read back through the
     * encryption, a second or more per tab (docs/performance.md, session 5).
     */
    static final int MAX_MEMORY_ROWS = 250_000;

    /** Connections to a server at once from one app (the UI's two task threads and a few more). */
    private static final int SERVER_POOL_SIZE = 6;

    private final Dialect dialect;
    private final Path dataDir;
    private final DatabaseAccess access;
    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final ServerPool serverPool;
    private final ServerSettings server;
    private final String schema;
    /** A server database's name for this app's connections, by which it knows its own change notifications. */
    private final String application;

    private Database(Path dataDir, DatabaseAccess access, DataFolderLock lock, JdbcConnectionPool pool) {
        this.dialect = Dialect.H2;
        this.dataDir = dataDir;
        this.access = access;
        this.lock = lock;
        this.pool = pool;
        this.serverPool = null;
        this.server = null;
        this.schema = null;
        this.application = null;
    }

    private Database(Path localFolder, ServerSettings server, String schema, ServerPool serverPool, String application) {
        this.dialect = Dialect.POSTGRESQL;
        this.dataDir = localFolder;
        this.access = null;
        this.lock = null;
        this.pool = null;
        this.serverPool = serverPool;
        this.server = server;
        this.schema = schema;
        this.application = application;
    }

    /**
     * Opens the shared database on a PostgreSQL server and migrates it to the current schema (an
     * empty database gets every table). Nothing is locked: several PCs use the server at once.
     *
     * @param localFolder this PC's folder for what stays beside the database on each PC (attachment
     *     files, year archives, the default backup folder); {@link #dataDir()} answers it
     */
    public static Database openServer(ServerSettings settings, Path localFolder) {
        return openServer(settings, localFolder, null);
    }

    /**
     * As {@link #openServer(ServerSettings, Path)}, with the tables in {@code schema} (which must
     * exist) instead of the login's default one; the tests give each test a schema of its own.
     */
    public static Database openServer(ServerSettings settings, Path localFolder, String schema) {
        String application = ServerSettings.APPLICATION + " " + UUID.randomUUID().toString().substring(0, 8);
        ServerPool serverPool = new ServerPool(() -> settings.connect(schema, application), SERVER_POOL_SIZE);
        try {
            migrate(serverPool, Dialect.POSTGRESQL, schema);
            installJournal(serverPool);
        } catch (RuntimeException e) {
            serverPool.dispose();
            throw e;
        }
        return new Database(localFolder, settings, schema, serverPool, application);
    }

    /**
     * Brings the database behind {@code dataSource} up to the current schema with this program's
     * migrations for {@code dialect} (the data move to a server creates its tables this way).
     */
    public static void migrate(DataSource dataSource, Dialect dialect) {
        migrate(dataSource, dialect, null);
    }

    /**
     * Opens (creating if needed) an unencrypted database: for tests and for converting a database
     * made before encryption existed. The app always opens with {@link #open(Path, FileKey)}.
     */
    public static Database open(Path dataDir) {
        return open(dataDir, DatabaseAccess.plain());
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir}, encrypted with {@code key}
     * (H2 {@code CIPHER=AES}), and migrates it to the current schema.
     */
    public static Database open(Path dataDir, FileKey key) {
        return open(dataDir, key == null ? DatabaseAccess.plain() : DatabaseAccess.encrypted(key));
    }

    static Database open(Path dataDir, DatabaseAccess access) {
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        try {
            JdbcConnectionPool pool = access.pool(dataDir);
            pool.setMaxConnections(8);
            try {
                migrate(pool, Dialect.H2, null);
                installJournal(pool);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            return new Database(dataDir, access, lock, pool);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Whether another process holds the folder now. Used before asking for a password, so a second
     * start can say so at once; {@link #open} still checks again, since the answer may change.
     */
    public static boolean inUseByAnotherProcess(Path dataDir) {
        return DataFolderLock.heldByAnotherProcess(dataDir);
    }

    /** Whether a database file exists in {@code dataDir}. */
    public static boolean existsIn(Path dataDir) {
        return Files.exists(dataDir.resolve(DATA_FILE));
    }

    /**
     * Encrypts a database made before encryption existed, in place, with {@code key}. The folder
     * must not be open. H2's own tool rewrites the file; nothing else is touched.
     */
    public static void encryptExisting(Path dataDir, FileKey key) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(dataDir.toString(), FILE_NAME, "AES", null,
                    key.hex().toCharArray(), true);
        } catch (SQLException e) {
            throw new StoreException("cannot encrypt the existing database: " + e.getMessage(), e);
        }
    }

    static String urlFor(Path dataDir) {
        return urlFor(dataDir, false);
    }

    static String urlFor(Path dataDir, boolean encrypted) {
        String file = dataDir.toAbsolutePath().resolve(FILE_NAME).toString().replace('\\', '/');
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_MEMORY_ROWS=" + MAX_MEMORY_ROWS
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** The exchange change journal's triggers, on an installation that takes part in exchange. */
    private static void installJournal(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            ExchangeJournal.install(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database: " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect, String schema) {
        try {
            var flyway = Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations());
            if (schema != null) {
                flyway.schemas(schema);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            if (isWrongKey(e)) {
                throw new WrongFileKeyException(e);
            }
            throw new StoreException("cannot bring the database up to date: " + e.getMessage(), e);
        }
    }

    /** H2 reports a wrong file key as a wrong password (28000) or as a corrupted/encrypted file (90049). */
    private static boolean isWrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("28000".equals(sql.getSQLState()) || sql.getErrorCode() == 90049
                    || sql.getErrorCode() == 28000)) {
                return true;
            }
        }
        return false;
    }

    Connection connection() {
        try {
            return pool != null ? pool.getConnection() : serverPool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** The engine this database runs on. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Tells {@code onChange} (on a thread of its own) the tables that other apps change on the shared
     * server, within about a second of their commit; the embedded database has one user at a time
     * and tells nothing. Closing the returned handle stops listening.
     */
    public AutoCloseable listenForOthersChanges(Consumer<Set<String>> onChange) {
        if (server == null) {
            return () -> { };
        }
        return new ServerChangeListener(() -> server.connect(schema, application + " listener"), schema, application,
                onChange).start();
    }

    /** The server this database is on; empty for the embedded database. */
    public Optional<ServerSettings> server() {
        return Optional.ofNullable(server);
    }

    /** The schema a server database's tables are in when opened with one (tests); else empty. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /**
     * The embedded database's data folder; for a server database, this PC's folder of the files
     * kept beside it (attachments, archives, backups).
     */
    public Path dataDir() {
        return dataDir;
    }

    /** How this database was opened; its backups are checked the same way. Null for a server database. */
    public DatabaseAccess access() {
        return access;
    }

    /** Size of the database file in bytes, for figures and the about box; -1 for a server database. */
    public long fileSize() {
        if (dialect != Dialect.H2) {
            return -1;
        }
        try {
            return Files.size(dataDir.resolve(DATA_FILE));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Asks for the file to be rewritten without its free space when it is closed. H2 keeps the old
     * copies of changed pages until it compacts, and with every commit written at once it compacts
     * only briefly on close: after a bulk load (the demo, an import) the file can be ten times the
     * size of its data. A full rewrite takes seconds for a large folder, so it is kept for then.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        if (serverPool != null) {
            serverPool.dispose();
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // the database may already be closed; nothing is lost since every commit is on disk
        } finally {
            pool.dispose();
            lock.close();
        }
    }
}
