package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.BackupName;
import org.integritydesk.model.BackupRetention;
import org.integritydesk.testing.MutableClock;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class BackupServiceTest {
    @TempDir Path temp;
    private final MutableClock clock = new MutableClock();
    private Path dataDir;
    private TestServices services;
    private BackupService backups;

    @BeforeEach
    void open() {
        dataDir = temp.resolve("data");
        clock.set(LocalDateTime.of(2026, 11, 26, 14, 5, 0));
        services = TestServices.open(dataDir, clock);
        services.setUpBureau();
        backups = services.backups;
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backsUpIntoTheBackupsFolderOfTheDataFolderByDefault() {
        BackupInfo made = backups.backupNow(BackupKind.MANUAL);

        assertThat(backups.backupFolder()).isEqualTo(dataDir.toAbsolutePath().resolve("backups"));
        assertThat(made.file()).isEqualTo(backups.backupFolder().resolve("integrity-desk-2026-11-26T14-05-00-manual.zip"));
        assertThat(made.sizeBytes()).isPositive().isEqualTo(size(made.file()));
        assertThat(backups.listBackups()).containsExactly(made);
        assertThat(backups.verify(made.file())).containsEntry("ORG_UNIT", 1L);
    }

    @Test
    void listsNewestFirstWithTimeKindAndSize() {
        BackupInfo first = backups.backupNow(BackupKind.DAILY);
        clock.advance(Duration.ofHours(3));
        BackupInfo second = backups.backupNow(BackupKind.MANUAL);
        clock.advance(Duration.ofDays(1));
        BackupInfo third = backups.backupNow(BackupKind.EXIT);

        assertThat(backups.listBackups()).containsExactly(third, second, first);
        assertThat(third.time()).isEqualTo(LocalDateTime.of(2026, 11, 27, 17, 5));
        assertThat(third.kind()).isEqualTo(BackupKind.EXIT);
    }

    @Test
    void theChosenFolderIsKeptInTheDatabase() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("U盘 E"));

        backups.setBackupFolder(usb);
        services.close();
        services = TestServices.open(dataDir, clock);

        assertThat(services.backups.backupFolder()).isEqualTo(usb.toAbsolutePath());
        assertThat(services.backups.backupNow(BackupKind.MANUAL).file().getParent()).isEqualTo(usb.toAbsolutePath());
    }

    @Test
    void aFolderThatDoesNotExistOrIsAFileCannotBeChosen() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> backups.setBackupFolder(temp.resolve("missing")))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.backup.folderMissing"));
        assertThatThrownBy(() -> backups.setBackupFolder(file))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.backup.notAFolder"));
    }

    @Test
    void aChosenFolderThatIsGoneIsAClearErrorAndIsNotCreated() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        backups.setBackupFolder(usb);
        Files.delete(usb);

        assertThatThrownBy(() -> backups.backupNow(BackupKind.EXIT))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.backup.folderMissing");
                    assertThat(e.args()).containsExactly(usb.toAbsolutePath());
                });
        assertThat(usb).doesNotExist();
    }

    @Test
    void aBackupFileChosenByTheClerkStaysOutOfTheRotation() throws IOException {
        Path chosen = Files.createDirectories(temp.resolve("chosen")).resolve("年终备份.zip");

        BackupInfo made = backups.backupTo(chosen);

        assertThat(made.file()).isEqualTo(chosen.toAbsolutePath());
        assertThat(made.sizeBytes()).isEqualTo(size(chosen));
        assertThat(backups.listBackups()).isEmpty();
    }

    @Test
    void backingUpIntoAFolderThatDoesNotExistOrIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> backups.backupTo(temp.resolve("missing").resolve("b.zip")))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.backup.folderMissing"));
        assertThatThrownBy(() -> backups.backupTo(file.resolve("b.zip")))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.backup.notAFolder"));
        assertThat(temp.resolve("missing")).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void eachBackupRotatesTheFolderAndLeavesOtherFilesAlone() throws IOException {
        Path folder = Files.createDirectories(backups.backupFolder());
        Files.writeString(folder.resolve("说明.txt"), "not ours");
        Files.writeString(folder.resolve("integrity-desk-old-copy.zip"), "not ours either");
        List<BackupName> made = new java.util.ArrayList<>();
        for (int day = 0; day < 12; day++) {
            clock.set(LocalDateTime.of(2026, 11, 1, 17, 30).plusDays(day));
            BackupInfo exit = backups.backupNow(BackupKind.EXIT);
            made.add(new BackupName(exit.time(), exit.kind()));
        }

        var expected = new BackupRetention(BackupRetention.Policy.DEFAULT).keep(made, clock.localNow());
        assertThat(backups.listBackups()).extracting(b -> new BackupName(b.time(), b.kind()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeLessThan(made.size());
        assertThat(folder.resolve("说明.txt")).exists();
        assertThat(folder.resolve("integrity-desk-old-copy.zip")).exists();
    }

    @Test
    void aDailyBackupIsDueWhenNoneWasMadeInTheLast24Hours() {
        assertThat(backups.lastBackupTime()).isEmpty();
        assertThat(backups.isDailyBackupDue(Optional.empty())).isTrue();

        BackupInfo made = backups.backupIfDailyDue().orElseThrow();

        assertThat(made.kind()).isEqualTo(BackupKind.DAILY);
        assertThat(backups.lastBackupTime()).contains(made.time());
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(backups.isDailyBackupDue(backups.lastBackupTime())).isFalse();
        assertThat(backups.backupIfDailyDue()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(backups.isDailyBackupDue(backups.lastBackupTime())).isTrue();
    }

    @Test
    void anyBackupOfTheCurrentStateCountsButNotASafetyCopyOrOneFromTheFuture() throws IOException {
        Path folder = Files.createDirectories(backups.backupFolder());
        Files.writeString(folder.resolve(new BackupName(LocalDateTime.of(2030, 1, 1, 0, 0), BackupKind.DAILY).fileName()), "x");
        Files.writeString(folder.resolve(new BackupName(clock.localNow().minusHours(1), BackupKind.BEFORE_RESTORE).fileName()), "x");
        assertThat(backups.isDailyBackupDue(backups.lastBackupTime())).isTrue();

        BackupInfo exit = backups.backupNow(BackupKind.EXIT);

        assertThat(backups.lastBackupTime()).contains(exit.time());
        assertThat(backups.isDailyBackupDue(backups.lastBackupTime())).isFalse();
    }

    @Test
    void safetyCopiesAreOnlyMadeByARestore() {
        assertThatThrownBy(() -> backups.backupNow(BackupKind.BEFORE_RESTORE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
