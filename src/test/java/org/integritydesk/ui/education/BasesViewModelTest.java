package org.integritydesk.ui.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.model.BaseDraft;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.EducationBase;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 教育基地 list and its form, without the toolkit, on a real H2 database. */
class BasesViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private BasesViewModel bases;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        services.setUpBureau();
        bases = new BasesViewModel(services.educationBases, new DirectTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static BaseDraft draft(String address) {
        return new BaseDraft("井冈山革命传统教育基地", BaseKind.RED_CULTURE, BaseTheme.REVOLUTIONARY_TRADITION, address,
                false, null);
    }

    @Test
    void aStaleSaveOffersToReloadAndYesPutsTheStoredBaseIntoTheForm() {
        EducationBase stored = services.educationBases.create(draft("井冈山市茨坪"));
        bases.reload();
        bases.selectedProperty().set(stored);
        services.educationBases.update(stored.id(), stored.version(), draft("井冈山市茨坪红军北路"));
        bases.addressProperty().set("茨坪镇");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("base.title"), "井冈山革命传统教育基地",
                bases::save, () -> assertThat(bases.addressProperty().get()).isEqualTo("茨坪镇"), () -> {
                    assertThat(bases.addressProperty().get()).isEqualTo("井冈山市茨坪红军北路");
                    assertThat(bases.selectedProperty().get().version()).isGreaterThan(stored.version());
                });
        assertThat(services.educationBases.list()).extracting(EducationBase::address).containsExactly("井冈山市茨坪红军北路");
    }
}
