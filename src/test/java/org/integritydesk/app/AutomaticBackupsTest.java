package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupInfo;
import org.integritydesk.testing.MutableClock;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomaticBackupsTest {
    @TempDir Path temp;
    private final MutableClock clock = new MutableClock();
    private TestServices services;

    @BeforeEach
    void open() {
        clock.set(LocalDateTime.of(2026, 11, 26, 9, 0));
        services = TestServices.open(temp.resolve("data"), clock);
        services.setUpBureau();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void makesTheDailyBackupWhenDueAndOneAtExit() throws InterruptedException {
        AutomaticBackups automatic = AutomaticBackups.start(services.backups, Duration.ofMillis(10), Duration.ofHours(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (services.backups.listBackups().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        clock.advance(Duration.ofDays(1));

        automatic.stopAndBackUpAtExit();

        assertThat(services.backups.listBackups()).extracting(BackupInfo::kind)
                .containsExactly(BackupKind.EXIT, BackupKind.DAILY);
    }

    @Test
    void noDailyBackupWhenOneWasMadeInTheLastDay() {
        services.backups.backupNow(BackupKind.EXIT);
        clock.advance(Duration.ofHours(23));
        AutomaticBackups automatic = AutomaticBackups.start(services.backups, Duration.ofHours(1), Duration.ofHours(1));

        automatic.dailyIfDue();

        assertThat(services.backups.listBackups()).extracting(BackupInfo::kind).containsExactly(BackupKind.EXIT);
        automatic.stopAndBackUpAtExit();
    }

    @Test
    void aFailingBackupNeverStopsTheProgramFromClosing() throws IOException {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        services.backups.setBackupFolder(usb);
        Files.delete(usb);
        AutomaticBackups automatic = AutomaticBackups.start(services.backups, Duration.ofHours(1), Duration.ofHours(1));

        automatic.dailyIfDue();
        automatic.stopAndBackUpAtExit();

        assertThat(usb).doesNotExist();
    }
}
