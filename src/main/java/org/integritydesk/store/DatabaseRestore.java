package org.integritydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.integritydesk.store.BackupException.Problem;

/**
 * Replaces the database of a data folder with a backup. Works on a closed folder only: it takes
 * the folder's lock for the whole operation (Windows would not let a file H2 holds open be
 * replaced anyway), so the window cannot start halfway through, and a running one makes it fail
 * with {@link DatabaseInUseException} before anything changes.
 *
 * <p>Steps, each of which leaves the old database in place if it fails:
 * <ol>
 * <li>extract the backup into a temporary folder inside the data folder and check it: every row
 *     reads back (read-only), then it opens as the program would (migrations run, no table or
 *     column missing);</li>
 * <li>save the current database as a safety copy;</li>
 * <li>rename the checked copy over {@code integrity-desk.mv.db} (same folder: one atomic step).</li>
 * </ol>
 */
public final class DatabaseRestore {
    private static final String WORK_PREFIX = ".restore-";

    /** What was restored and where the replaced database went (empty when the folder had none). */
    public record Outcome(ContentFingerprint restored, Optional<Path> safetyCopy) {
    }

    private DatabaseRestore() {
    }

    /**
     * @param safetyCopy where to save the current database first; its folder must exist
     * @throws DatabaseInUseException when the program has the folder open
     * @throws BackupException when the backup is unusable or a file cannot be written
     */
    public static Outcome restore(Path dataDir, Path zip, Path safetyCopy, DatabaseAccess access) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            FileSteps.folderOf(safetyCopy);
            Path work = createWorkFolder(dataDir);
            try {
                ContentFingerprint content = BackupArchive.extractAndCheck(zip, work, access);
                Path live = dataDir.resolve(Database.DATA_FILE);
                Optional<Path> saved = Files.exists(live)
                        ? Optional.of(saveSafetyCopy(dataDir, safetyCopy, work, access)) : Optional.empty();
                swapIn(work.resolve(Database.DATA_FILE), live);
                return new Outcome(content, saved);
            } finally {
                FileSteps.deleteTreeQuietly(work);
            }
        }
    }

    /**
     * A setting of the database in a closed data folder, read without changing anything, or empty
     * when there is none or the database does not open (it may be the damaged one being replaced).
     *
     * @throws DatabaseInUseException when the program has the folder open
     */
    public static Optional<String> settingOf(Path dataDir, String key, DatabaseAccess access) {
        if (!Files.exists(dataDir.resolve(Database.DATA_FILE))) {
            return Optional.empty();
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir);
                Connection c = access.connectReadOnly(dataDir);
                PreparedStatement query = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            query.setString(1, key);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Path createWorkFolder(Path dataDir) {
        FileSteps.deleteLeftovers(dataDir, WORK_PREFIX);
        try {
            return Files.createTempDirectory(dataDir, WORK_PREFIX);
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, dataDir, FileSteps.describe(e), e);
        }
    }

    /**
     * Saves the current database as a backup (written and read back as any other), opened
     * read-only so that it is saved exactly as it is. Should H2 not read it (a damaged database,
     * the usual reason to restore), the file itself is zipped: with the folder locked nothing
     * writes to it, so the copy is whole.
     */
    private static Path saveSafetyCopy(Path dataDir, Path target, Path work, DatabaseAccess access) {
        try (Connection current = access.connectReadOnly(dataDir)) {
            try {
                BackupWriter.write(current, target, work, access);
                return target;
            } finally {
                shutDownQuietly(current);
            }
        } catch (SQLException | BackupException e) {
            if (e instanceof BackupException failed && failed.problem() != Problem.DAMAGED) {
                throw failed;
            }
            return zipFileAtomically(dataDir.resolve(Database.DATA_FILE), target);
        }
    }

    /** Closes the database before its file is replaced; a failure here changes nothing the copy needs. */
    private static void shutDownQuietly(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // closing the connection closes the database as well
        }
    }

    private static Path zipFileAtomically(Path file, Path target) {
        Path folder = FileSteps.folderOf(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            zipFile(file, temp);
            FileSteps.force(temp);
            FileSteps.moveIntoPlace(temp, target);
            return target;
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, target, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(temp);
        }
    }

    private static void zipFile(Path file, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out);
                InputStream in = Files.newInputStream(file)) {
            archive.putNextEntry(new ZipEntry(Database.DATA_FILE));
            in.transferTo(archive);
            archive.closeEntry();
        }
    }

    private static void swapIn(Path checked, Path live) {
        try {
            FileSteps.moveIntoPlace(checked, live);
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, live, FileSteps.describe(e), e);
        }
    }
}
