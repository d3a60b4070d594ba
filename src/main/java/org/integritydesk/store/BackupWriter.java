package org.integritydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.integritydesk.store.BackupException.Problem;

/**
 * Writes a backup zip: H2's {@code BACKUP TO} into a temporary file in the target folder (H2's
 * copy is consistent while the program runs; copying the live file is not), read back and checked
 * at once, then written again with the fingerprint of what it holds beside the database, forced
 * to disk and renamed over the target. A backup is only kept once it has been read back whole,
 * and the fingerprint lets a later check notice a file that has since been damaged.
 */
final class BackupWriter {
    private static final String WORK_PREFIX = ".backup-check-";

    private BackupWriter() {
    }

    /**
     * @param source a connection to the database to back up
     * @param workParent a folder with room for a copy of the database, for reading it back; the
     *        caller makes sure no other backup uses it at the same time
     * @return the size of the backup in bytes
     */
    static long write(Connection source, Path target, Path workParent, DatabaseAccess access) {
        Path folder = FileSteps.folderOf(target);
        if (Files.isDirectory(target)) {
            throw new BackupException(Problem.WRITE_FAILED, target, "is a folder", null);
        }
        String name = "." + target.getFileName();
        Path raw = null;
        Path finished = null;
        Path work = null;
        try {
            // made here rather than by H2, so a read-only folder is reported before H2 starts
            raw = Files.createTempFile(folder, name, ".h2.part");
            backupTo(source, raw);
            FileSteps.deleteLeftovers(workParent, WORK_PREFIX);
            work = Files.createTempDirectory(workParent, WORK_PREFIX);
            Path copy = work.resolve(Database.DATA_FILE);
            ContentFingerprint content = readBack(target, raw, work, access);
            FileSteps.deleteQuietly(raw);
            finished = Files.createTempFile(folder, name, ".part");
            zip(copy, content, finished);
            FileSteps.force(finished);
            FileSteps.moveIntoPlace(finished, target);
            return Files.size(target);
        } catch (IOException | SQLException e) {
            throw new BackupException(Problem.WRITE_FAILED, target, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(raw);
            FileSteps.deleteQuietly(finished);
            FileSteps.deleteTreeQuietly(work);
        }
    }

    private static void backupTo(Connection source, Path file) throws SQLException {
        try (PreparedStatement backup = source.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, file.toString());
            backup.execute();
        }
    }

    /**
     * Extracts H2's zip into {@code work} and checks it. A backup that does not read back at once
     * means the database itself is damaged; a full disk is reported as such.
     */
    private static ContentFingerprint readBack(Path target, Path raw, Path work, DatabaseAccess access) {
        try {
            BackupArchive.extract(raw, work.resolve(Database.DATA_FILE));
            return BackupArchive.checkExtracted(raw, work, access);
        } catch (BackupException e) {
            if (e.problem() == Problem.WRITE_FAILED) {
                throw e;
            }
            throw new BackupException(Problem.DAMAGED, target, "does not read back: " + e.detail(), e);
        }
    }

    private static void zip(Path database, ContentFingerprint content, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            archive.putNextEntry(new ZipEntry(Database.DATA_FILE));
            try (InputStream in = Files.newInputStream(database)) {
                in.transferTo(archive);
            }
            archive.closeEntry();
            archive.putNextEntry(new ZipEntry(BackupArchive.FINGERPRINT_ENTRY));
            archive.write(content.toText().getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
    }
}
