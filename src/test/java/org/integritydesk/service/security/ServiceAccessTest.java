package org.integritydesk.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.service.UnitService;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.model.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access rules hold in the services, whatever a screen shows or hides. */
class ServiceAccessTest {
    @TempDir Path dir;
    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit chengguanDept;
    private OrgUnit dunhou;
    private Cadre inChengguan;
    private Cadre inDept;
    private Cadre inDunhou;

    @BeforeEach
    void data() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082104", "城关分局");
        chengguanDept = services.units.create(new UnitService.UnitDraft(chengguan.id(), "3608210401", "城关分局综合股",
                UnitKind.DEPARTMENT, 1));
        dunhou = services.subBureau(bureau, "36082105", "敦厚分局");
        inChengguan = services.cadres.create(DraftBuilder.draft(chengguan.id()).name("王城关")
                .idNumber(IdNumbers.of("360821", "19800101", "111")).build());
        inDept = services.cadres.create(DraftBuilder.draft(chengguanDept.id()).name("李综合")
                .idNumber(IdNumbers.of("360821", "19810101", "222")).build());
        inDunhou = services.cadres.create(DraftBuilder.draft(dunhou.id()).name("赵敦厚")
                .idNumber(IdNumbers.of("360821", "19820101", "333"))
                .family(DraftBuilder.familyRow(FamilyRelation.SPOUSE, "王城关", "吉安县人民医院")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> visibleNames() {
        return services.cadres.listCadres().stream().map(CadreSummary::name).toList();
    }

    @Test
    void aClerkListsOnlyTheirSubBureauAndItsDepartments() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        assertThat(visibleNames()).containsExactlyInAnyOrder("王城关", "李综合");
    }

    @Test
    void aClerkCannotOpenAnotherUnitsFileEvenByItsKey() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        assertThatThrownBy(() -> services.cadres.openFile(inDunhou.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClerkCannotCreateMoveEditOrDeleteOutsideTheirUnit() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        assertThatThrownBy(() -> services.cadres.create(DraftBuilder.draft(dunhou.id())
                .idNumber(IdNumbers.of("360821", "19900101", "444")).build())).isInstanceOf(AccessDeniedException.class);
        var moved = services.cadres.draftOf(inChengguan.id());
        var toOther = new org.integritydesk.model.CadreDraft(dunhou.id(), moved.name(), moved.idNumber(), moved.ethnicity(),
                moved.politicalStatus(), moved.education(), moved.position(), moved.category(), moved.importantPosition(),
                moved.status(), moved.mobile(), moved.workStartDate(), moved.appointmentDate(), moved.notes(),
                moved.familyBusinesses());
        assertThatThrownBy(() -> services.cadres.update(inChengguan.id(), inChengguan.version(), toOther))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.cadres.delete(inDunhou.id(), inDunhou.version()))
                .isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.INSPECTOR, null, null);
        assertThat(services.cadres.openFile(inChengguan.id()).unit().id()).isEqualTo(chengguan.id());
        assertThat(services.cadres.listCadres()).hasSize(3);
    }

    @Test
    void aLeaderReadsEverythingAndChangesNothing() {
        services.actAs(Role.LEADER, null, null);
        assertThat(visibleNames()).hasSize(3);
        assertThatThrownBy(() -> services.cadres.delete(inDept.id(), inDept.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.cadres.draftOf(inDept.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorReadsNoCadreFile() {
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThatThrownBy(() -> services.cadres.listCadres()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.cadres.openFile(inDept.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdministratorsAndInspectorsManageUnits() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        assertThatThrownBy(() -> services.units.create(new UnitService.UnitDraft(chengguan.id(), "3608210402", "新股室",
                UnitKind.DEPARTMENT, 2))).isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.LEADER, null, null);
        assertThatThrownBy(() -> services.units.delete(dunhou.id(), dunhou.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recusalHidesTheUsersOwnFileAndTheirRelativesEitherWay() {
        // 王城关 is the user; 赵敦厚's file names 王城关 as spouse, so 赵敦厚 is a close relative
        services.actAs(Role.INSPECTOR, null, inChengguan.id());
        assertThat(visibleNames()).containsExactly("李综合");
        assertThatThrownBy(() -> services.cadres.openFile(inChengguan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.cadres.openFile(inDunhou.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recusalAlsoHidesCadresNamedInTheUsersOwnFile() {
        services.actAs(Role.INSPECTOR, null, inDunhou.id());
        assertThat(visibleNames()).containsExactly("李综合");
    }

    @Test
    void nobodyLoggedInMayDoAnything() {
        services.currentUser.set(null);
        assertThatThrownBy(() -> services.cadres.listCadres()).isInstanceOf(AccessDeniedException.class);
    }
}
