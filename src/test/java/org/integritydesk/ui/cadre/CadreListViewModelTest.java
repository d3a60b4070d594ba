package org.integritydesk.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService.UnitDraft;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CadreListViewModelTest {
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");
    private static final String WANG_WU_ID = IdNumbers.of("360821", "19900101", "022");

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit office;
    private OrgUnit dunhou;
    private Cadre liSi;
    private Cadre wangWu;
    private CadreListViewModel list;

    @BeforeEach
    void fillDatabase() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        office = services.units.create(new UnitDraft(chengguan.id(), "3608210101", "综合股", UnitKind.DEPARTMENT, 1));
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        services.cadres.create(draft(chengguan.id()).build());
        liSi = services.cadres.create(draft(office.id()).name("李四").idNumber(LI_SI_ID).position("执法队员")
                .category(CadreCategory.LAW_ENFORCEMENT).importantPosition(false).status(CadreStatus.RETIRED)
                .workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null).build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(WANG_WU_ID).position("科员")
                .category(CadreCategory.GENERAL).importantPosition(false).status(CadreStatus.ACTIVE)
                .workStartDate(LocalDate.of(2012, 8, 1)).appointmentDate(null).build());
        list = new CadreListViewModel(services.cadres, services.units, new DirectTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private void reloaded() {
        list.reload();
        assertThat(list.loadingProperty().get()).isFalse();
    }

    private java.util.List<String> shownNames() {
        return list.visibleCadres().stream().map(CadreSummary::name).toList();
    }

    private CadreSummary shown(Cadre cadre) {
        return list.visibleCadres().stream().filter(c -> c.id().equals(cadre.id())).findFirst().orElseThrow();
    }

    @Test
    void reloadLoadsEveryLiveCadre() {
        reloaded();

        assertThat(shownNames()).containsExactlyInAnyOrder("张三", "李四", "王五");
        assertThat(list.unitChoices()).extracting(OrgUnit::name).contains("城关分局", "综合股", "敦厚分局");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void searchFindsByName() {
        reloaded();

        list.searchTextProperty().set("李四");

        assertThat(shownNames()).containsExactly("李四");
    }

    @Test
    void searchFindsByPinyinInitials() {
        reloaded();

        list.searchTextProperty().set("ZS");

        assertThat(shownNames()).containsExactly("张三");
    }

    @Test
    void searchFindsByTheTailOfTheIdNumber() {
        reloaded();

        list.searchTextProperty().set(WANG_WU_ID.substring(WANG_WU_ID.length() - 4));

        assertThat(shownNames()).containsExactly("王五");
    }

    @Test
    void unitFilterIncludesSubUnits() {
        reloaded();

        list.unitFilterProperty().set(chengguan);

        assertThat(shownNames()).containsExactlyInAnyOrder("张三", "李四");
    }

    @Test
    void unitFilterOfADepartmentShowsOnlyItsCadres() {
        reloaded();

        list.unitFilterProperty().set(office);

        assertThat(shownNames()).containsExactly("李四");
    }

    @Test
    void categoryFilterShowsOnlyThatCategory() {
        reloaded();

        list.categoryFilterProperty().set(CadreCategory.LAW_ENFORCEMENT);

        assertThat(shownNames()).containsExactly("李四");
    }

    @Test
    void statusFilterShowsOnlyThatStatus() {
        reloaded();

        list.statusFilterProperty().set(CadreStatus.ACTIVE);

        assertThat(shownNames()).containsExactlyInAnyOrder("张三", "王五");
    }

    @Test
    void importantOnlyShowsCadresInImportantPositions() {
        reloaded();

        list.importantOnlyProperty().set(true);

        assertThat(shownNames()).containsExactly("张三");
    }

    @Test
    void filtersCombineWithSearch() {
        reloaded();

        list.unitFilterProperty().set(chengguan);
        list.searchTextProperty().set("王");

        assertThat(shownNames()).isEmpty();
    }

    @Test
    void clearFiltersShowsEveryoneAgain() {
        reloaded();
        list.searchTextProperty().set("李四");
        list.importantOnlyProperty().set(true);

        list.clearFilters();

        assertThat(shownNames()).hasSize(3);
    }

    @Test
    void countTextSaysHowManyAreShownOfHowMany() {
        reloaded();

        list.unitFilterProperty().set(chengguan);

        assertThat(list.statusProperty().get()).isEqualTo(messages.get("cadre.list.count", 2, 3));
    }

    @Test
    void deleteAsksForConfirmationNamingTheCadre() {
        reloaded();
        list.selectedProperty().set(shown(liSi));

        list.deleteSelected(() -> { });

        assertThat(dialogs.confirmations()).containsExactly(new RecordingDialogService.Shown(
                messages.get("cadre.delete.title"), messages.get("cadre.delete.confirm", "李四")));
    }

    @Test
    void deleteDoesNothingWhenDeclined() {
        reloaded();
        dialogs.answerConfirmations(false);
        list.selectedProperty().set(shown(liSi));
        AtomicBoolean after = new AtomicBoolean();

        list.deleteSelected(() -> after.set(true));

        assertThat(after).isFalse();
        assertThat(services.cadres.listCadres()).extracting(CadreSummary::name).contains("李四");
        assertThat(services.cadres.listRecycleBin()).isEmpty();
        assertThat(shownNames()).contains("李四");
    }

    @Test
    void deleteMovesTheCadreToTheRecycleBinWhenConfirmed() {
        reloaded();
        list.selectedProperty().set(shown(liSi));
        AtomicBoolean after = new AtomicBoolean();

        list.deleteSelected(() -> after.set(true));

        assertThat(after).isTrue();
        assertThat(services.cadres.listRecycleBin()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(shownNames()).containsExactlyInAnyOrder("张三", "王五");
        assertThat(list.selectedProperty().get()).isNull();
    }

    @Test
    void deleteOfACadreChangedMeanwhileShowsAnErrorAndKeepsIt() {
        reloaded();
        list.selectedProperty().set(shown(liSi));
        services.cadres.update(liSi.id(), liSi.version(), DraftBuilder.draft(office.id()).name("李四").idNumber(LI_SI_ID)
                .position("副队长").workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null).build());

        list.deleteSelected(() -> { });

        assertThat(dialogs.errors()).extracting(RecordingDialogService.Shown::title)
                .containsExactly(messages.get("cadre.delete.failed"));
        assertThat(services.cadres.listRecycleBin()).isEmpty();
        assertThat(shown(liSi).position()).isEqualTo("副队长");
    }

    @Test
    void reloadKeepsTheSelectedCadre() {
        reloaded();
        list.selectedProperty().set(shown(wangWu));

        reloaded();

        assertThat(list.selectedProperty().get()).isNotNull();
        assertThat(list.selectedProperty().get().id()).isEqualTo(wangWu.id());
    }
}
