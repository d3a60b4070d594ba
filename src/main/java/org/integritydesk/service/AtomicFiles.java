package org.integritydesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file the safe way: into a temporary file in the same folder, flushed to disk, then
 * renamed over the target. A full disk or a read-only folder leaves the previous file untouched
 * and no temporary file behind.
 */
public final class AtomicFiles {
    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * @throws ServiceException {@code error.file.noFolder} when the target's folder does not exist,
     *         {@code error.file.write} with the system's reason when writing fails
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                throw new ServiceException("error.file.noFolder", folder);
            }
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } catch (IOException e) {
            throw new ServiceException(e, "error.file.write", absolute, describe(e));
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Makes the rename durable on Linux, where the folder's entry is data of its own. Windows
     * cannot open a folder for this and does not need it, so failures are ignored.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported here; the rename itself is still atomic
        }
    }

    /** The system's reason ("No space left on device"), without the temporary file's name. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fileError) {
            return fileError.getReason() != null ? fileError.getReason() : e.getClass().getSimpleName();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .part file is harmless and hidden; the real error was already reported
            }
        }
    }
}
