package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseAccess;
import org.integritydesk.testing.DamagedBackups;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.MutableClock;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup, change, restore: the content is what it was when the backup was made, and nothing is lost on the way. */
// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class RestoreServiceTest {
    @TempDir Path temp;
    private final MutableClock clock = new MutableClock();
    private Path dataDir;
    private Path backup;
    private ContentFingerprint atBackup;

    @BeforeEach
    void demoDataBackedUp() {
        dataDir = temp.resolve("数据");
        clock.set(LocalDateTime.of(2026, 11, 26, 14, 5, 0));
        try (TestServices services = TestServices.open(dataDir, clock)) {
            services.demo.generate(new DemoOptions(80, 11, 2025), (done, total) -> { });
            atBackup = services.fingerprint();
            backup = services.backups.backupNow(BackupKind.MANUAL).file();
        }
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void restoreBringsBackExactlyWhatTheBackupHeld() throws IOException {
        ContentFingerprint changed = changeAndDeleteData();
        assertThat(changed).isNotEqualTo(atBackup);

        RestoreResult result = restorer().restore(backup);

        assertThat(result.rowCounts()).isEqualTo(atBackup.rowCounts());
        assertThat(result.rows("CADRE")).isEqualTo(80);
        assertThat(fingerprintOf(dataDir)).isEqualTo(atBackup);
        assertThat(leftoversIn(dataDir)).isEmpty();
    }

    @Test
    void restoreKeepsTheReplacedDatabaseAsASafetyCopyThatRestoresToo() {
        ContentFingerprint changed = changeAndDeleteData();

        RestoreResult result = restorer().restore(backup);

        Path safety = result.safetyCopy().orElseThrow();
        assertThat(safety.getFileName().toString()).isEqualTo("integrity-desk-2026-11-26T16-05-00-before-restore.zip");
        assertThat(safety.getParent()).isEqualTo(backup.getParent());
        clock.advance(Duration.ofMinutes(1));
        restorer().restore(safety);
        assertThat(fingerprintOf(dataDir)).isEqualTo(changed);
    }

    @Test
    void spoiltBackupsAreRefusedAndTheDatabaseIsUnchanged() throws IOException {
        ContentFingerprint before = changeAndDeleteData();
        List<Path> spoilt = List.of(
                DamagedBackups.empty(temp.resolve("empty.zip")),
                DamagedBackups.notAZip(temp.resolve("notes.zip")),
                DamagedBackups.truncated(backup, temp.resolve("cut-short.zip"), 0.6),
                DamagedBackups.withoutDatabase(temp.resolve("other.zip")),
                DamagedBackups.flippedByte(backup, temp.resolve("flipped.zip")),
                DamagedBackups.zeroedDatabase(backup, temp.resolve("zeroed.zip")),
                temp.resolve("missing.zip"));

        for (Path zip : spoilt) {
            assertThatThrownBy(() -> restorer().restore(zip)).as(zip.getFileName().toString())
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).startsWith("error.backup.");
                        assertThat(e.args()).contains(zip);
                    });
        }

        assertThat(fingerprintOf(dataDir)).isEqualTo(before);
        assertThat(filesIn(backup.getParent())).containsExactly(backup.getFileName().toString());
        assertThat(leftoversIn(dataDir)).isEmpty();
    }

    @Test
    void anOpenDatabaseIsNotReplaced() {
        try (TestServices open = TestServices.open(dataDir, clock)) {
            ContentFingerprint before = open.fingerprint();

            assertThatThrownBy(() -> restorer().restore(backup))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.restore.inUse"));

            assertThat(open.fingerprint()).isEqualTo(before);
        }
    }

    @Test
    void aFolderWithoutADatabaseGetsTheBackupAndNeedsNoSafetyCopy() throws IOException {
        Path newPc = Files.createDirectories(temp.resolve("new-pc"));

        RestoreResult result = new RestoreService(newPc, DatabaseAccess.plain(), clock,
                new BackupRetention(BackupRetention.Policy.DEFAULT)).restore(backup);

        assertThat(result.safetyCopy()).isEmpty();
        assertThat(fingerprintOf(newPc)).isEqualTo(atBackup);
    }

    @Test
    void aFailedRestoreIntoAFolderItCreatedRemovesItAgain() {
        Path newPc = temp.resolve("not-yet");

        assertThatThrownBy(() -> new RestoreService(newPc, DatabaseAccess.plain(), clock,
                new BackupRetention(BackupRetention.Policy.DEFAULT)).restore(temp.resolve("missing.zip")))
                .isInstanceOf(ServiceException.class);

        assertThat(newPc).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsReplacedAndItsFileKeptAsItWas() throws IOException {
        Path live = dataDir.resolve(Database.DATA_FILE);
        byte[] damaged = AtomicFilesTest.randomBytes(50_000);
        Files.write(live, damaged);

        RestoreResult result = restorer().restore(backup);

        assertThat(fingerprintOf(dataDir)).isEqualTo(atBackup);
        // the default backup folder: the damaged database could not say which folder it had chosen
        Path safety = result.safetyCopy().orElseThrow();
        assertThat(safety.getParent()).isEqualTo(dataDir.toAbsolutePath().resolve("backups"));
        try (ZipFile zip = new ZipFile(safety.toFile())) {
            assertThat(zip.getInputStream(zip.getEntry(Database.DATA_FILE)).readAllBytes()).isEqualTo(damaged);
        }
    }

    @Test
    void aBackupFolderThatIsGoneStopsTheRestoreBeforeAnythingChanges() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        ContentFingerprint before;
        try (TestServices services = TestServices.open(dataDir, clock)) {
            services.backups.setBackupFolder(usb);
            before = services.fingerprint();
        }
        Files.delete(usb);

        assertThatThrownBy(() -> restorer().restore(backup)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.backup.folderMissing"));

        assertThat(fingerprintOf(dataDir)).isEqualTo(before);
    }

    /** Deletes cadres to the recycle bin, edits one, adds one and a unit. */
    private ContentFingerprint changeAndDeleteData() {
        try (TestServices services = TestServices.open(dataDir, clock)) {
            List<CadreSummary> cadres = services.cadres.listCadres();
            for (CadreSummary cadre : cadres.subList(0, 5)) {
                services.cadres.delete(cadre.id(), cadre.version());
            }
            CadreSummary edited = cadres.get(10);
            var draft = services.cadres.draftOf(edited.id());
            services.cadres.update(edited.id(), edited.version(), new org.integritydesk.model.CadreDraft(draft.unitId(),
                    draft.name(), draft.idNumber(), draft.ethnicity(), draft.politicalStatus(), draft.education(),
                    "改后的职务", draft.category(), draft.importantPosition(), draft.status(), draft.mobile(),
                    draft.workStartDate(), draft.appointmentDate(), draft.notes(), draft.familyBusinesses()));
            OrgUnit root = services.units.tree().roots().get(0);
            OrgUnit added = services.subBureau(root, "36082199", "新设分局");
            services.cadres.create(DraftBuilder.draft(added.id()).build());
            return services.fingerprint();
        }
    }

    private RestoreService restorer() {
        return new RestoreService(dataDir, DatabaseAccess.plain(), clock, new BackupRetention(BackupRetention.Policy.DEFAULT));
    }

    private ContentFingerprint fingerprintOf(Path folder) {
        try (TestServices services = TestServices.open(folder, clock)) {
            return services.fingerprint();
        }
    }

    /** Temporary files and folders a restore might leave in the data folder. */
    private static List<String> leftoversIn(Path folder) throws IOException {
        return filesIn(folder).stream().filter(name -> name.startsWith(".")).toList();
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
