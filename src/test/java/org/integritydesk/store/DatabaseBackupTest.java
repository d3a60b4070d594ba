package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.store.BackupException.Problem;
import org.integritydesk.testing.DamagedBackups;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class DatabaseBackupTest {
    @TempDir Path temp;
    private TestServices services;
    private DatabaseBackup backup;
    private Path out;

    @BeforeEach
    void demoData() throws IOException {
        services = TestServices.open(temp.resolve("data"));
        services.demo.generate(new DemoOptions(30, 7, 2025), (done, total) -> { });
        backup = new DatabaseBackup(services.database);
        out = Files.createDirectories(temp.resolve("backups"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void writesAZipHoldingTheDatabaseFileAndNoTemporaryFile() throws IOException {
        Path zip = out.resolve("b.zip");

        long size = backup.backupTo(zip);

        assertThat(size).isPositive().isEqualTo(Files.size(zip));
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(archive.getEntry(Database.DATA_FILE)).isNotNull();
        }
        assertThat(filesIn(out)).containsExactly("b.zip");
    }

    @Test
    void theBackupReadsBackWithTheContentOfTheLiveDatabase() {
        Path zip = out.resolve("b.zip");
        backup.backupTo(zip);

        ContentFingerprint checked = DatabaseBackup.verify(zip, services.database.access());

        assertThat(checked).isEqualTo(backup.contentFingerprint());
        assertThat(checked.rows("CADRE")).isEqualTo(30);
        assertThat(checked.rowCounts()).containsKeys("ORG_UNIT", "FAMILY_BUSINESS", "APP_SETTING", "flyway_schema_history");
    }

    @Test
    void replacesAnEarlierFileOfTheSameName() throws IOException {
        Path zip = Files.writeString(out.resolve("b.zip"), "older");

        backup.backupTo(zip);

        assertThat(DatabaseBackup.verify(zip, services.database.access()).rows("CADRE")).isEqualTo(30);
    }

    @Test
    void aMissingFolderIsRefusedAndNotCreated() {
        Path missing = temp.resolve("U盘").resolve("备份");

        assertThatThrownBy(() -> backup.backupTo(missing.resolve("b.zip")))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.FOLDER_MISSING);
                    assertThat(e.file()).isEqualTo(missing);
                });
        // H2's BACKUP TO would have created it
        assertThat(temp.resolve("U盘")).doesNotExist();
    }

    @Test
    void aFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> backup.backupTo(file.resolve("b.zip")))
                .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_FOLDER));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void theFingerprintChangesWithAnySingleValue() {
        ContentFingerprint before = backup.contentFingerprint();
        OrgUnit bureau = services.units.tree().roots().get(0);
        Cadre cadre = services.cadres.create(DraftBuilder.draft(bureau.id()).build());
        ContentFingerprint added = backup.contentFingerprint();
        services.cadres.update(cadre.id(), cadre.stamp().version(), DraftBuilder.draft(bureau.id()).position("局长").build());
        ContentFingerprint changed = backup.contentFingerprint();

        assertThat(added.rows("CADRE")).isEqualTo(before.rows("CADRE") + 1);
        // the update adds its audit event; every other table keeps its row count
        assertThat(changed.rows("CADRE")).isEqualTo(added.rows("CADRE"));
        assertThat(changed.rows("AUDIT_EVENT")).isEqualTo(added.rows("AUDIT_EVENT") + 1);
        assertThat(changed.sha256()).isNotEqualTo(added.sha256());
    }

    @Test
    void spoiltFilesAreRefusedNamingTheProblem() throws IOException {
        Path good = out.resolve("good.zip");
        backup.backupTo(good);
        DatabaseAccess access = services.database.access();

        assertProblem(temp.resolve("missing.zip"), access, Problem.FILE_MISSING);
        assertProblem(DamagedBackups.empty(temp.resolve("empty.zip")), access, Problem.NOT_A_ZIP);
        assertProblem(DamagedBackups.notAZip(temp.resolve("text.zip")), access, Problem.NOT_A_ZIP);
        assertProblem(DamagedBackups.truncated(good, temp.resolve("half.zip"), 0.5), access, Problem.NOT_A_ZIP);
        assertProblem(DamagedBackups.withoutDatabase(temp.resolve("other.zip")), access, Problem.NO_DATABASE);
        assertProblem(DamagedBackups.flippedByte(good, temp.resolve("flipped.zip")), access, Problem.DAMAGED);
        assertProblem(DamagedBackups.zeroedDatabase(good, temp.resolve("zeroed.zip")), access, Problem.DAMAGED);
        assertProblem(temp, access, Problem.FILE_MISSING);
    }

    @Test
    void aPlainH2BackupOfOurDatabaseIsAccepted() throws Exception {
        Path zip = temp.resolve("plain.zip");
        try (Connection c = services.database.connection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip + "'");
        }

        assertThat(DatabaseBackup.verify(zip, services.database.access())).isEqualTo(backup.contentFingerprint());
    }

    @Test
    void aBackupRecordsWhatItHoldsSoAnOlderStateIsNoticed() throws Exception {
        Path good = out.resolve("good.zip");
        backup.backupTo(good);
        try (ZipFile archive = new ZipFile(good.toFile())) {
            String recorded = new String(archive.getInputStream(archive.getEntry(BackupArchive.FINGERPRINT_ENTRY))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ContentFingerprint.parse(recorded)).contains(backup.contentFingerprint());
        }
        // the same database file with a fingerprint of other content: what H2 shows of a damaged
        // file that it reads back to an older state
        ContentFingerprint other = new ContentFingerprint(backup.contentFingerprint().rowCounts(), "0".repeat(64));
        Path older = temp.resolve("older.zip");
        try (ZipFile archive = new ZipFile(good.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(older))) {
            zip.putNextEntry(new ZipEntry(Database.DATA_FILE));
            archive.getInputStream(archive.getEntry(Database.DATA_FILE)).transferTo(zip);
            zip.putNextEntry(new ZipEntry(BackupArchive.FINGERPRINT_ENTRY));
            zip.write(other.toText().getBytes(StandardCharsets.UTF_8));
        }

        assertProblem(older, services.database.access(), Problem.DAMAGED);
    }

    @Test
    void aBackupMadeByANewerVersionIsRefusedAsSuch() throws Exception {
        Path good = out.resolve("good.zip");
        backup.backupTo(good);
        Path newer = temp.resolve("newer");
        Files.createDirectories(newer);
        try (ZipFile archive = new ZipFile(good.toFile())) {
            Files.copy(archive.getInputStream(archive.getEntry(Database.DATA_FILE)), newer.resolve(Database.DATA_FILE));
        }
        try (Connection c = DriverManager.getConnection(Database.urlFor(newer), "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE audit_entry (id UUID PRIMARY KEY)");
            s.execute("INSERT INTO \"flyway_schema_history\" SELECT 99, '99', 'audit', 'SQL', 'V99__audit.sql', 1, 'sa',"
                    + " CURRENT_TIMESTAMP, 5, TRUE");
        }
        Path zip = DamagedBackups.zipOf(Files.readAllBytes(newer.resolve(Database.DATA_FILE)), temp.resolve("newer.zip"));

        assertProblem(zip, services.database.access(), Problem.CANNOT_OPEN);
    }

    @Test
    void anotherProgramsH2DatabaseIsNotOurs() throws Exception {
        Path other = temp.resolve("other");
        String url = "jdbc:h2:file:" + other.resolve(Database.FILE_NAME);
        Path zip = temp.resolve("other.zip");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id INT PRIMARY KEY)");
            s.execute("BACKUP TO '" + zip + "'");
        }

        assertProblem(zip, services.database.access(), Problem.NOT_OURS);
    }

    private static void assertProblem(Path zip, DatabaseAccess access, Problem problem) {
        assertThatThrownBy(() -> DatabaseBackup.verify(zip, access)).as(zip.getFileName().toString())
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
                    assertThat(e.file()).isEqualTo(zip);
                });
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
