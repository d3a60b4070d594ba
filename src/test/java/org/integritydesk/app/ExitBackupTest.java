package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Closing the window leaves an exit backup in the backup folder. */
class ExitBackupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T06:05:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir Path dataDir;

    @Test
    void closingTheWindowBacksUp() throws Exception {
        try (AppServices services = AppServices.open(dataDir, CLOCK)) {
            services.setup().setUp("测试县市场监督管理局", "360821");
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new IntegrityDeskApp(CLOCK, new LaunchOptions(dataDir, false, null)));

        FxToolkit.cleanupApplication(app);

        try (AppServices services = AppServices.open(dataDir, CLOCK)) {
            assertThat(services.backups().listBackups()).extracting(BackupInfo::kind).containsExactly(BackupKind.EXIT);
            assertThat(services.backups().listBackups().get(0).file().getFileName())
                    .hasToString("integrity-desk-2026-11-26T14-05-00-exit.zip");
        }
    }
}
