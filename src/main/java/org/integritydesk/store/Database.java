package org.integritydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database of one data folder. Opening it takes an exclusive lock file first, so a
 * second process on the same folder is refused before H2 is touched, then applies the Flyway
 * migrations.
 *
 * <p>{@code WRITE_DELAY=0}: a commit reaches the file before the call returns (with H2's default a
 * killed process lost the last half second of commits in our measurements, see FACTS.md).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "integrity-desk";
    private static final String LOCK_FILE = "integrity-desk.lock";
    /**
     * Lock files this process holds. A file lock belongs to the whole process, and on Linux closing
     * any channel to the file drops it: a second open in this process must be refused before it
     * opens (and then closes) a channel of its own, or another process could take the folder.
     */
    private static final Set<Path> LOCKED_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path lockPath;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;

    private Database(Path dataDir, Path lockPath, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lockPath = lockPath;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) an unencrypted database: for tests and for converting a database
     * made before encryption existed. The app always opens with {@link #open(Path, FileKey)}.
     */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir}, encrypted with {@code key}
     * (H2 {@code CIPHER=AES}), and migrates it to the current schema.
     */
    public static Database open(Path dataDir, FileKey key) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path lockPath;
        try {
            lockPath = dataDir.toRealPath().resolve(LOCK_FILE);
        } catch (IOException e) {
            throw new StoreException("cannot read the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (!LOCKED_BY_THIS_PROCESS.add(lockPath)) {
            throw new DatabaseInUseException(dataDir, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = channel.tryLock();
            if (fileLock == null) {
                throw new DatabaseInUseException(dataDir, null);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(urlFor(dataDir, key != null), "sa", password(key));
            pool.setMaxConnections(8);
            migrate(pool);
            return new Database(dataDir, lockPath, channel, fileLock, pool);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel, lockPath);
            throw new DatabaseInUseException(dataDir, e);
        } catch (IOException e) {
            closeQuietly(channel, lockPath);
            throw new StoreException("cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel, lockPath);
            throw e;
        }
    }

    /**
     * Whether another process holds the folder now. Used before asking for a password, so a second
     * start can say so at once; {@link #open} still checks again, since the answer may change.
     */
    public static boolean inUseByAnotherProcess(Path dataDir) {
        Path lockPath = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockPath)) {
            return false;
        }
        try {
            if (LOCKED_BY_THIS_PROCESS.contains(lockPath.toRealPath())) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a database file exists in {@code dataDir}. */
    public static boolean existsIn(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME + ".mv.db"));
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
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2 takes "filePassword userPassword"; the database user itself has an empty password. */
    private static String password(FileKey key) {
        return key == null ? "" : key.hex() + " ";
    }

    private static void migrate(JdbcConnectionPool pool) {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            if (isWrongKey(e)) {
                throw new WrongFileKeyException(e);
            }
            throw new StoreException("cannot bring the database up to date: " + e.getMessage(), e);
        }
    }

    /** H2 reports a wrong file key as a wrong password (28000) or as a corrupted/encrypted file (90049/90020). */
    private static boolean isWrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("28000".equals(sql.getSQLState()) || sql.getErrorCode() == 90049
                    || sql.getErrorCode() == 28000)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(FileChannel channel, Path lockPath) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // already failing; the original error is the one to report
        } finally {
            LOCKED_BY_THIS_PROCESS.remove(lockPath);
        }
    }

    Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Size of the database file in bytes, for figures and the about box. */
    public long fileSize() {
        try {
            return Files.size(dataDir.resolve(FILE_NAME + ".mv.db"));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            // the database may already be closed; nothing is lost since every commit is on disk
        } finally {
            pool.dispose();
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // the OS releases the lock with the process anyway
            } finally {
                LOCKED_BY_THIS_PROCESS.remove(lockPath);
            }
        }
    }
}
