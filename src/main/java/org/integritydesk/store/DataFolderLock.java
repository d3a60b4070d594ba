package org.integritydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock on {@code integrity-desk.lock} in a data folder: whoever holds it owns the
 * database file. The open database holds it for its whole life; a restore holds it while it swaps
 * the file, so the window cannot open the folder halfway through.
 */
final class DataFolderLock implements AutoCloseable {
    private static final String LOCK_FILE = "integrity-desk.lock";
    /**
     * Lock files this process holds. A file lock belongs to the whole process, and on Linux closing
     * any channel to the file drops it: a second open in this process must be refused before it
     * opens (and then closes) a channel of its own, or another process could take the folder.
     */
    private static final Set<Path> LOCKED_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path lockPath;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path lockPath, FileChannel channel, FileLock lock) {
        this.lockPath = lockPath;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Whether another process holds the folder's lock now (a probe: the answer may change at once).
     * Never touches a lock this process holds, since closing a channel would drop it.
     */
    static boolean heldByAnotherProcess(Path dataDir) {
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
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    /**
     * Locks {@code dataDir}, creating the folder if needed.
     *
     * @throws DatabaseInUseException when this or another process holds it
     */
    static DataFolderLock acquire(Path dataDir) {
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
            return new DataFolderLock(lockPath, channel, fileLock);
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

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        } finally {
            LOCKED_BY_THIS_PROCESS.remove(lockPath);
        }
    }
}
