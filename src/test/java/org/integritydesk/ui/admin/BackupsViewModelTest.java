package org.integritydesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.BackupKind;
import org.integritydesk.model.Role;
import org.integritydesk.service.BackupInfo;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> restored = new ArrayList<>();
    private TestServices services;
    private BackupsViewModel backups;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        services.setUpBureau();
        backups = new BackupsViewModel(services.backups, new DirectTaskRunner(), dialogs, messages, restored::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backupNowAddsAManualBackupToTheList() {
        backups.reload();
        assertThat(backups.backups()).isEmpty();
        backups.backupNow();
        assertThat(backups.backups()).extracting(BackupInfo::kind).containsExactly(BackupKind.MANUAL);
        assertThat(backups.statusProperty().get()).contains("已备份");
    }

    @Test
    void aLeaderMayNotBackUp() {
        services.actAs(Role.LEADER, null, null);
        backups.backupNow();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("无权"));
        assertThat(services.backups.listBackups()).isEmpty();
    }

    @Test
    void restoringAsksFirstAndHandsTheFileToTheWindow() {
        backups.backupNow();
        backups.selectedProperty().set(backups.backups().get(0));
        dialogs.answerConfirmations(false);
        backups.restoreSelected();
        assertThat(restored).isEmpty();
        dialogs.answerConfirmations(true);
        backups.restoreSelected();
        assertThat(restored).containsExactly(backups.backups().get(0).file());
    }

    @Test
    void checkingABackupSaysItIsSound() {
        backups.backupNow();
        backups.selectedProperty().set(backups.backups().get(0));
        backups.verifySelected();
        assertThat(dialogs.infos()).singleElement().satisfies(i -> assertThat(i.message()).contains("完好"));
    }
}
