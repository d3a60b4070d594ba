package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.UnitService.UnitDraft;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitServiceTest {
    @TempDir
    Path dir;

    private TestServices services;
    private UnitService units;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit generalSection;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        units = services.units;
        bureau = services.setUpBureau();
        chengguan = units.create(new UnitDraft(bureau.id(), "36082101", "城关分局", UnitKind.SUB_BUREAU, 1));
        generalSection = units.create(new UnitDraft(chengguan.id(), "3608210101", "综合股", UnitKind.DEPARTMENT, 1));
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isEqualTo(messageKey));
    }

    @Test
    void buildsATreeUnderTheCountyBureau() {
        OrgUnit futan = units.create(new UnitDraft(bureau.id(), "36082102", "敦厚分局", UnitKind.SUB_BUREAU, 2));

        UnitTree tree = units.tree();

        assertThat(tree.roots()).extracting(OrgUnit::id).containsExactly(bureau.id());
        assertThat(tree.childrenOf(bureau.id())).extracting(OrgUnit::name).containsExactly("城关分局", "敦厚分局");
        assertThat(tree.pathOf(generalSection.id())).isEqualTo("吉安县市场监督管理局 / 城关分局 / 综合股");
        assertThat(futan.version()).isEqualTo(1);
        assertThat(futan.stamp().updatedBy()).isEqualTo(TestServices.USER);
    }

    @Test
    void refusesACodeAlreadyTaken() {
        assertRefused(() -> units.create(new UnitDraft(bureau.id(), "36082101", "敦厚分局", UnitKind.SUB_BUREAU, 2)),
                "error.unit.codeTaken");
        assertThat(units.list()).hasSize(3);
    }

    @Test
    void refusesTheCodeOfADeletedUnit() {
        units.delete(generalSection.id(), generalSection.version());

        assertRefused(() -> units.create(new UnitDraft(chengguan.id(), "3608210101", "法制股", UnitKind.DEPARTMENT, 2)),
                "error.unit.codeTaken");
    }

    @Test
    void refusesRenamingAUnitToATakenCode() {
        assertRefused(() -> units.update(generalSection.id(), generalSection.version(),
                new UnitDraft(chengguan.id(), "36082101", "综合股", UnitKind.DEPARTMENT, 1)), "error.unit.codeTaken");
    }

    @Test
    void keepsItsOwnCodeOnUpdate() {
        OrgUnit renamed = units.update(generalSection.id(), generalSection.version(),
                new UnitDraft(chengguan.id(), "3608210101", "综合办公室", UnitKind.DEPARTMENT, 1));

        assertThat(renamed.name()).isEqualTo("综合办公室");
        assertThat(renamed.version()).isEqualTo(2);
    }

    @Test
    void refusesDeletingAUnitWithCadres() {
        services.cadres.create(draft(generalSection.id()).build());

        assertRefused(() -> units.delete(generalSection.id(), generalSection.version()), "error.unit.inUse");
        assertThat(units.tree().find(generalSection.id())).isPresent();
    }

    @Test
    void refusesDeletingAUnitWhoseOnlyCadreIsInTheRecycleBin() {
        Cadre cadre = services.cadres.create(draft(generalSection.id()).build());
        services.cadres.delete(cadre.id(), cadre.version());

        assertRefused(() -> units.delete(generalSection.id(), generalSection.version()), "error.unit.inUse");
        assertThat(units.tree().find(generalSection.id())).isPresent();
    }

    @Test
    void refusesDeletingAUnitWithSubUnits() {
        assertRefused(() -> units.delete(chengguan.id(), chengguan.version()), "error.unit.inUse");
    }

    @Test
    void refusesDeletingTheCountyBureau() {
        assertRefused(() -> units.delete(bureau.id(), bureau.version()), "error.unit.deleteRoot");
    }

    @Test
    void deletesAnEmptyUnit() {
        units.delete(generalSection.id(), generalSection.version());

        assertThat(units.list()).extracting(OrgUnit::id).doesNotContain(generalSection.id());
        assertThat(units.tree().childrenOf(chengguan.id())).isEmpty();
    }

    @Test
    void deletesAUnitOnceItsLastSubUnitIsGone() {
        units.delete(generalSection.id(), generalSection.version());

        units.delete(chengguan.id(), chengguan.version());

        assertThat(units.list()).extracting(OrgUnit::id).containsExactly(bureau.id());
    }

    @Test
    void refusesMovingAUnitUnderItsOwnDescendant() {
        assertRefused(() -> units.update(chengguan.id(), chengguan.version(),
                new UnitDraft(generalSection.id(), "36082101", "城关分局", UnitKind.SUB_BUREAU, 1)), "error.unit.cycle");
        assertThat(units.tree().pathOf(generalSection.id())).isEqualTo("吉安县市场监督管理局 / 城关分局 / 综合股");
    }

    @Test
    void refusesMovingAUnitUnderItself() {
        assertRefused(() -> units.update(chengguan.id(), chengguan.version(),
                new UnitDraft(chengguan.id(), "36082101", "城关分局", UnitKind.SUB_BUREAU, 1)), "error.unit.cycle");
    }

    @Test
    void movesAUnitUnderAnotherBranch() {
        OrgUnit futan = units.create(new UnitDraft(bureau.id(), "36082102", "敦厚分局", UnitKind.SUB_BUREAU, 2));

        units.update(generalSection.id(), generalSection.version(),
                new UnitDraft(futan.id(), "3608210101", "综合股", UnitKind.DEPARTMENT, 1));

        assertThat(units.tree().pathOf(generalSection.id())).isEqualTo("吉安县市场监督管理局 / 敦厚分局 / 综合股");
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        units.update(generalSection.id(), generalSection.version(),
                new UnitDraft(chengguan.id(), "3608210101", "综合办公室", UnitKind.DEPARTMENT, 1));

        assertThatThrownBy(() -> units.update(generalSection.id(), generalSection.version(),
                new UnitDraft(chengguan.id(), "3608210101", "综合股室", UnitKind.DEPARTMENT, 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(units.tree().find(generalSection.id())).map(OrgUnit::name).contains("综合办公室");
    }

    @Test
    void refusesASubUnitWithoutAParent() {
        assertRefused(() -> units.create(new UnitDraft(null, "36082109", "无主分局", UnitKind.SUB_BUREAU, 9)),
                "error.unit.parentRequired");
    }

    @Test
    void refusesABadCode() {
        assertRefused(() -> units.create(new UnitDraft(bureau.id(), "城关", "城关分局", UnitKind.SUB_BUREAU, 1)),
                "error.unit.codeFormat");
    }
}
