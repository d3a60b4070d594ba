package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the window after a login leaves an exit backup in the backup folder. */
@Tag("ui")
class ExitBackupTest {
    @TempDir Path dataDir;

    @Test
    void closingTheWindowBacksUp() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            Folders.addInspector(services);
        }
        try (RunningApp app = RunningApp.start(dataDir)) {
            app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        }
        try (AppServices services = Folders.login(dataDir, Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD)) {
            assertThat(services.backups().listBackups()).extracting(BackupInfo::kind).contains(BackupKind.EXIT);
        }
    }
}
