package org.integritydesk.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecycleBinViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private OrgUnit chengguan;
    private Cadre zhangSan;
    private RecycleBinViewModel bin;

    @BeforeEach
    void deleteACadre() {
        services = TestServices.open(dir);
        chengguan = services.subBureau(services.setUpBureau(), "36082101", "城关分局");
        zhangSan = services.cadres.create(draft(chengguan.id()).build());
        services.cadres.delete(zhangSan.id(), zhangSan.version());
        bin = new RecycleBinViewModel(services.cadres, new DirectTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    @Test
    void reloadListsTheDeletedCadres() {
        bin.reload();

        assertThat(bin.deleted()).extracting(CadreSummary::name).containsExactly("张三");
        assertThat(bin.deletedAt(bin.deleted().get(0))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void restoreBringsTheSelectedCadreBackToTheList() {
        bin.reload();
        bin.selectedProperty().set(bin.deleted().get(0));
        AtomicInteger restored = new AtomicInteger();

        bin.restoreSelected(restored::incrementAndGet);

        assertThat(restored).hasValue(1);
        assertThat(bin.deleted()).isEmpty();
        assertThat(services.cadres.listCadres()).extracting(CadreSummary::id).containsExactly(zhangSan.id());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void restoreWithoutASelectionDoesNothing() {
        bin.reload();
        AtomicInteger restored = new AtomicInteger();

        bin.restoreSelected(restored::incrementAndGet);

        assertThat(restored).hasValue(0);
        assertThat(services.cadres.listRecycleBin()).hasSize(1);
    }

    @Test
    void restoreOfACadreRestoredElsewhereShowsAnError() {
        bin.reload();
        CadreSummary stale = bin.deleted().get(0);
        services.cadres.restore(stale.id(), stale.version());
        bin.selectedProperty().set(stale);
        AtomicInteger restored = new AtomicInteger();

        bin.restoreSelected(restored::incrementAndGet);

        assertThat(restored).hasValue(0);
        assertThat(dialogs.errors()).extracting(RecordingDialogService.Shown::title)
                .containsExactly(messages.get("recycle.restoreFailed"));
    }
}
