package org.integritydesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private UnitsViewModel units;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        units = new UnitsViewModel(services.units, new DirectTaskRunner(), dialogs, messages);
        units.reload();
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private OrgUnit inTree(OrgUnit unit) {
        return units.treeProperty().get().find(unit.id()).orElseThrow();
    }

    @Test
    void reloadReadsTheUnitTree() {
        assertThat(units.treeProperty().get().inDisplayOrder()).extracting(OrgUnit::name)
                .containsExactly("吉安县市场监督管理局", "城关分局");
    }

    @Test
    void selectingAUnitFillsTheForm() {
        units.selectedProperty().set(inTree(chengguan));

        assertThat(units.isEditingExisting()).isTrue();
        assertThat(units.nameProperty().get()).isEqualTo("城关分局");
        assertThat(units.codeProperty().get()).isEqualTo("36082101");
        assertThat(units.parentProperty().get()).isEqualTo(inTree(bureau));
    }

    @Test
    void startNewPreparesADepartmentBelowTheSelectedSubBureau() {
        units.selectedProperty().set(inTree(chengguan));

        units.startNew();

        assertThat(units.isEditingExisting()).isFalse();
        assertThat(units.parentProperty().get()).isEqualTo(inTree(chengguan));
        assertThat(units.kindProperty().get()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(units.codeProperty().get()).isEqualTo("36082101");
        assertThat(units.nameProperty().get()).isEmpty();
    }

    @Test
    void savingANewUnitCreatesASubUnit() {
        units.selectedProperty().set(inTree(chengguan));
        units.startNew();
        units.nameProperty().set("综合股");
        units.codeProperty().set("3608210101");

        units.save();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(units.treeProperty().get().childrenOf(chengguan.id())).extracting(OrgUnit::name, OrgUnit::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("综合股", UnitKind.DEPARTMENT));
        assertThat(services.units.tree().childrenOf(chengguan.id())).hasSize(1);
        assertThat(units.isEditingExisting()).isTrue();
    }

    @Test
    void savingAnEditedUnitRenamesIt() {
        units.selectedProperty().set(inTree(chengguan));
        units.nameProperty().set("城关市场监管所");

        units.save();

        assertThat(services.units.tree().find(chengguan.id())).get().extracting(OrgUnit::name).isEqualTo("城关市场监管所");
    }

    @Test
    void savingWithATakenCodeShowsTheServiceError() {
        units.selectedProperty().set(inTree(bureau));
        units.startNew();
        units.nameProperty().set("敦厚分局");
        units.codeProperty().set("36082101");

        units.save();

        assertThat(dialogs.errors()).containsExactly(new RecordingDialogService.Shown(
                messages.get("unit.title"), messages.get("error.unit.codeTaken", "36082101")));
        assertThat(services.units.tree().childrenOf(bureau.id())).hasSize(1);
    }

    @Test
    void deletingAUnitWithCadresIsRefusedWithAnErrorDialog() {
        services.cadres.create(draft(chengguan.id()).build());
        units.selectedProperty().set(inTree(chengguan));

        units.deleteSelected();

        assertThat(dialogs.confirmations()).hasSize(1);
        assertThat(dialogs.errors()).containsExactly(new RecordingDialogService.Shown(
                messages.get("unit.title"), messages.get("error.unit.inUse", "城关分局")));
        assertThat(services.units.tree().find(chengguan.id())).isPresent();
    }

    @Test
    void deletingAnEmptyUnitRemovesItWhenConfirmed() {
        units.selectedProperty().set(inTree(chengguan));

        units.deleteSelected();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(services.units.tree().find(chengguan.id())).isEmpty();
        assertThat(units.treeProperty().get().find(chengguan.id())).isEmpty();
        assertThat(units.selectedProperty().get()).isNull();
    }

    @Test
    void deletingDoesNothingWhenDeclined() {
        dialogs.answerConfirmations(false);
        units.selectedProperty().set(inTree(chengguan));

        units.deleteSelected();

        assertThat(services.units.tree().find(chengguan.id())).isPresent();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aStaleSaveOffersToReloadAndYesPutsTheStoredUnitIntoTheForm() {
        OrgUnit opened = inTree(chengguan);
        units.selectedProperty().set(opened);
        services.units.update(opened.id(), opened.version(), new UnitService.UnitDraft(bureau.id(), "36082101",
                "城关市场监管所", UnitKind.SUB_BUREAU, opened.sortOrder()));
        units.nameProperty().set("城关分局（新）");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("unit.title"), "城关市场监管所", units::save,
                () -> assertThat(units.nameProperty().get()).isEqualTo("城关分局（新）"), () -> {
                    assertThat(units.nameProperty().get()).isEqualTo("城关市场监管所");
                    assertThat(units.selectedProperty().get().version()).isGreaterThan(opened.version());
                });
        assertThat(services.units.tree().find(chengguan.id())).get().extracting(OrgUnit::name).isEqualTo("城关市场监管所");
    }
}
