package org.integritydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.integritydesk.store.BackupException.Problem;

/**
 * Checks a backup zip, in a work folder of its own:
 * <ol>
 * <li>takes out the database file (only that entry, under our own name, so a crafted archive
 *     cannot write elsewhere) and compares it with the archive's length and CRC-32;</li>
 * <li>reads every row of every table with H2 in read-only mode, so nothing is repaired on the way;</li>
 * <li>compares the tables and columns with those a new database has at the backup's version;</li>
 * <li>compares what it read with the fingerprint recorded in the zip when the backup was made;</li>
 * <li>opens it as the program would (migrations run): a backup this version cannot open, made by a
 *     newer one, is refused now rather than after a restore.</li>
 * </ol>
 * Steps 3 and 4 are there because a damaged H2 file need not fail to open: H2 falls back to the
 * newest part of the file it can read, which may be an older state of the data or lack whole
 * tables (measured by zeroing part of a backup; the other checks passed).
 */
final class BackupArchive {
    /** The entry beside the database that records what it holds. */
    static final String FINGERPRINT_ENTRY = "integrity-desk.fingerprint";
    private static final int MAX_FINGERPRINT = 1 << 20;

    private BackupArchive() {
    }

    /**
     * Extracts the database file of {@code zip} into {@code work} (an empty folder) and checks it;
     * the file stays there, opened once and ready to be moved into a data folder.
     *
     * @return the fingerprint of its content as it was in the backup
     */
    static ContentFingerprint extractAndCheck(Path zip, Path work, DatabaseAccess access) {
        Optional<ContentFingerprint> recorded = extract(zip, work.resolve(Database.DATA_FILE));
        Snapshot backup = readOnly(zip, work, access);
        check(zip, backup, recorded);
        openAsTheProgramWould(zip, work, access, backup);
        return backup.content();
    }

    /**
     * Reads and checks the database file already extracted into {@code folder} (steps 2 and 3), as
     * a new backup is checked before it is kept.
     */
    static ContentFingerprint checkExtracted(Path zip, Path folder, DatabaseAccess access) {
        Snapshot backup = readOnly(zip, folder, access);
        check(zip, backup, Optional.empty());
        return backup.content();
    }

    private record Snapshot(ContentFingerprint content, SortedSet<String> shape, MigrationVersion version) {
    }

    /**
     * Takes the database file out of {@code zip} into {@code target}.
     *
     * @return the fingerprint recorded in the zip; empty for a zip made by other means (a plain
     *         H2 backup, the copy of a database that would not open)
     */
    static Optional<ContentFingerprint> extract(Path zip, Path target) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupException(Problem.FILE_MISSING, zip, null, null);
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.getEntry(Database.DATA_FILE);
            if (entry == null || entry.isDirectory()) {
                throw new BackupException(Problem.NO_DATABASE, zip, null, null);
            }
            copyChecked(zip, archive, entry, target);
            return recordedFingerprint(zip, archive);
        } catch (ZipException e) {
            // also an empty file or one cut short: the zip directory sits at its end
            throw new BackupException(Problem.NOT_A_ZIP, zip, FileSteps.describe(e), e);
        } catch (IOException e) {
            throw new BackupException(Problem.DAMAGED, zip, FileSteps.describe(e), e);
        }
    }

    private static Optional<ContentFingerprint> recordedFingerprint(Path zip, ZipFile archive) throws IOException {
        ZipEntry entry = archive.getEntry(FINGERPRINT_ENTRY);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = archive.getInputStream(entry)) {
            String text = new String(in.readNBytes(MAX_FINGERPRINT), StandardCharsets.UTF_8);
            return Optional.of(ContentFingerprint.parse(text).orElseThrow(
                    () -> new BackupException(Problem.DAMAGED, zip, "unreadable " + FINGERPRINT_ENTRY, null)));
        }
    }

    /** The JDK's {@link ZipFile} does not check the CRC itself. */
    private static void copyChecked(Path zip, ZipFile archive, ZipEntry entry, Path target) throws IOException {
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = archive.getInputStream(entry); OutputStream out = openTarget(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
                length += n;
                write(out, buffer, n, target);
            }
        }
        if (entry.getSize() >= 0 && length != entry.getSize() || entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
            throw new BackupException(Problem.DAMAGED, zip, "checksum mismatch", null);
        }
        if (length == 0) {
            throw new BackupException(Problem.DAMAGED, zip, "empty database file", null);
        }
    }

    private static OutputStream openTarget(Path target) {
        try {
            return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, target, FileSteps.describe(e), e);
        }
    }

    /** Write errors are ours (disk full), not the backup's: they must not be reported as a damaged file. */
    private static void write(OutputStream out, byte[] buffer, int n, Path target) {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, target, FileSteps.describe(e), e);
        }
    }

    private static Snapshot readOnly(Path zip, Path folder, DatabaseAccess access) {
        try (Connection c = access.connectReadOnly(folder)) {
            ContentFingerprint content = Fingerprints.of(c);
            SortedSet<String> shape = SchemaShape.of(c);
            boolean hasHistory = SchemaShape.tablesOf(shape).contains(SchemaShape.MIGRATION_HISTORY);
            return new Snapshot(content, shape, hasHistory ? SchemaShape.versionOf(c) : MigrationVersion.EMPTY);
        } catch (SQLException e) {
            throw new BackupException(Problem.DAMAGED, zip, FileSteps.describe(e), e);
        }
    }

    private static void check(Path zip, Snapshot backup, Optional<ContentFingerprint> recorded) {
        if (recorded.isPresent() && !recorded.get().equals(backup.content())) {
            throw damaged(zip, "the content differs from when the backup was made");
        }
        SortedSet<String> tables = SchemaShape.tablesOf(backup.shape());
        // the history table is Flyway's, which other programs use too: it does not make a database ours
        if (SchemaShape.latestTables().stream()
                .noneMatch(t -> !t.equals(SchemaShape.MIGRATION_HISTORY) && tables.contains(t))) {
            throw new BackupException(Problem.NOT_OURS, zip, "tables " + tables, null);
        }
        if (backup.version().equals(MigrationVersion.EMPTY)) {
            // every database of ours is migrated before anything is stored in it
            throw damaged(zip, "no migration recorded");
        }
        if (backup.version().isNewerThan(SchemaShape.latestVersion().getVersion())) {
            throw new BackupException(Problem.CANNOT_OPEN, zip, "migration " + backup.version()
                    + " is newer than this version's " + SchemaShape.latestVersion(), null);
        }
        SortedSet<String> missing;
        try {
            missing = new TreeSet<>(SchemaShape.expectedAt(backup.version()));
        } catch (FlywayException e) {
            throw new BackupException(Problem.CANNOT_OPEN, zip, "unknown migration " + backup.version(), e);
        }
        missing.removeAll(backup.shape());
        if (!missing.isEmpty()) {
            throw damaged(zip, "missing " + String.join(", ", missing));
        }
    }

    private static BackupException damaged(Path zip, String detail) {
        return new BackupException(Problem.DAMAGED, zip, detail, null);
    }

    private static void openAsTheProgramWould(Path zip, Path work, DatabaseAccess access, Snapshot backup) {
        try (Database copy = Database.open(work, access); Connection c = copy.connection()) {
            if (SchemaShape.versionOf(c).equals(backup.version()) && !Fingerprints.of(c).equals(backup.content())) {
                throw new BackupException(Problem.DAMAGED, zip, "content changes when opened", null);
            }
        } catch (BackupException e) {
            throw e;
        } catch (StoreException e) {
            throw new BackupException(Problem.CANNOT_OPEN, zip, FileSteps.describe(e), e);
        } catch (SQLException e) {
            throw new BackupException(Problem.DAMAGED, zip, FileSteps.describe(e), e);
        }
    }
}
