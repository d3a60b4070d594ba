package org.integritydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The file steps backup and restore share: a file is written under a temporary name in the folder
 * it belongs in, forced to disk, then renamed over the target, so a crash, a full disk or a pulled
 * USB drive leaves either the old file or the new one, never half of one.
 */
final class FileSteps {
    private FileSteps() {
    }

    /** The folder a file will be written into: must exist and be a folder. */
    static Path folderOf(Path target) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new BackupException(BackupException.Problem.FOLDER_MISSING, folder, null, null);
        }
        if (!Files.isDirectory(folder)) {
            throw new BackupException(BackupException.Problem.NOT_A_FOLDER, folder, null, null);
        }
        return folder;
    }

    /** Forces the file's content to the device, so the rename cannot reach the disk before the data. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames {@code temp} over {@code target} in one step where the file system can. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Makes the rename itself durable on Linux (the folder's entry is data too). Windows cannot
     * open a folder for this and does not need it; any failure here is ignored for that reason.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on this platform; the rename is still atomic
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover hidden temporary file is harmless; the real outcome was already decided
        }
    }

    static void deleteTreeQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FileSteps::deleteQuietly);
        } catch (IOException ignored) {
            // as above: leftovers of a temporary folder are harmless
        }
    }

    /**
     * Removes work folders a killed process left in {@code folder} (each may hold a copy of the
     * database). Only called by whoever holds the folder's lock or its backup monitor.
     */
    static void deleteLeftovers(Path folder, String prefix) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()
                    .forEach(FileSteps::deleteTreeQuietly);
        } catch (IOException ignored) {
            // tidying up is not worth failing a backup for
        }
    }

    /** The system's own words for a failed file operation, e.g. "No space left on device". */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof AccessDeniedException) {
            return "access denied";
        }
        if (cause instanceof FileSystemException fileError && fileError.getReason() == null) {
            return cause.getClass().getSimpleName();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : error.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
