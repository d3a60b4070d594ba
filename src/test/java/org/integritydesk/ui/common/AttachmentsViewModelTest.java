package org.integritydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RegulationService;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.FakeFileDesk;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reusable attachments list without a toolkit: states of its buttons, adding several, removing after asking. */
class AttachmentsViewModelTest {
    @TempDir Path dir;
    private TestServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeFileDesk desk = new FakeFileDesk();
    private AttachmentsViewModel model;
    private Regulation rule;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        services.setUpBureau();
        rule = services.regulations.create(new RegulationDraft("学习制度", null, LocalDate.of(2024, 1, 2),
                RegulationKind.STUDY, "吉安县市场监督管理局", RegulationStatus.IN_FORCE, null, null));
        model = new AttachmentsViewModel(services.attachments, RegulationService.OWNER_TYPE, new DirectTaskRunner(),
                dialogs, desk, new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withoutARecordNothingCanBeDone() {
        model.show(null, true);
        assertThat(model.addDisabled().get()).isTrue();
        assertThat(model.openDisabled().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("请先选择或保存记录");
    }

    @Test
    void addsEveryDroppedFileAndNamesTheOneThatFailed() throws Exception {
        model.show(rule.id(), true);
        Path a = Files.writeString(dir.resolve("签到表.pdf"), "a");
        Path b = Files.writeString(dir.resolve("照片.jpg"), "bb");

        model.addFiles(List.of(a, dir.resolve("missing.doc"), b));

        assertThat(model.items()).extracting(x -> x.originalName()).containsExactlyInAnyOrder("签到表.pdf", "照片.jpg");
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("missing.doc"));
        assertThat(model.statusProperty().get()).isEqualTo("共 2 个附件");
        assertThat(model.items()).extracting(model::describe).contains("照片.jpg（2 B）");
    }

    @Test
    void removingAsksAndCancellingKeepsTheFile() throws Exception {
        model.show(rule.id(), true);
        model.addFiles(List.of(Files.writeString(dir.resolve("a.txt"), "a")));
        model.selectedProperty().set(model.items().get(0));

        dialogs.answerConfirmations(false);
        model.removeSelected();
        assertThat(model.items()).hasSize(1);

        dialogs.answerConfirmations(true);
        model.removeSelected();
        assertThat(model.items()).isEmpty();
        assertThat(dialogs.confirmations()).hasSize(2);
    }

    @Test
    void aReaderMayOpenButNotAddOrRemove() throws Exception {
        model.show(rule.id(), true);
        model.addFiles(List.of(Files.writeString(dir.resolve("a.txt"), "a")));
        model.show(rule.id(), false);
        model.selectedProperty().set(model.items().get(0));

        assertThat(model.addDisabled().get()).isTrue();
        assertThat(model.removeDisabled().get()).isTrue();
        assertThat(model.openDisabled().get()).isFalse();
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(AttachmentsViewModel.size(999)).isEqualTo("999 B");
        assertThat(AttachmentsViewModel.size(1536)).isEqualTo("1.5 KB");
        assertThat(AttachmentsViewModel.size(3 * 1024 * 1024)).isEqualTo("3.0 MB");
    }
}
