package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.UnitService.UnitDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {
    @TempDir
    Path folder;

    @Test
    void defaultOptionsCreate150CadresAndReportWhatWasStored() {
        try (DemoFixture db = new DemoFixture(folder)) {
            DemoSummary summary = db.demo.generate(DemoOptions.defaultsFor(DemoFixture.YEAR), ProgressListener.NONE);

            List<CadreFile> files = db.allFiles();
            assertThat(files).hasSize(150);
            assertThat(summary.cadres()).isEqualTo(150);
            assertThat(summary.units()).isEqualTo(1 + DemoUnits.CHILDREN.size());
            assertThat(summary.familyEntries()).isPositive()
                    .isEqualTo(files.stream().mapToInt(f -> f.familyBusinesses().size()).sum());
        }
    }

    @Test
    void aRunIsOneSummaryAuditEventNotOnePerCadre() {
        try (DemoFixture db = new DemoFixture(folder)) {
            int cadres = DemoDataService.CADRES_PER_TRANSACTION + 10;
            db.demo.generate(new DemoOptions(cadres, 1, DemoFixture.YEAR), ProgressListener.NONE);

            assertThat(db.audit.find(AuditFilter.ANY, 0, 10))
                    .extracting(AuditEvent::kind, AuditEvent::recordType)
                    .containsExactly(tuple(AuditKind.CREATE, AuditTrail.DEMO_DATA),
                            tuple(AuditKind.SETTING_CHANGE, AuditTrail.SETTING));
            assertThat(db.audit.find(AuditFilter.ANY, 0, 1).get(0).after()).contains("\"cadres\":" + cadres);
            assertThat(db.audit.verify().intact()).isTrue();
        }
    }

    @Test
    void setsUpTheJiAnCountyBureauWithItsUnitsBelowIt() {
        try (DemoFixture db = new DemoFixture(folder)) {
            db.demo.generate(DemoOptions.defaultsFor(DemoFixture.YEAR), ProgressListener.NONE);

            assertThat(db.setup.profile()).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("吉安县市场监督管理局");
                assertThat(p.unitCode()).isEqualTo("360821");
            });
            UnitTree tree = db.unitService.tree();
            assertThat(tree.roots()).extracting(OrgUnit::code).containsExactly("360821");
            List<OrgUnit> children = tree.childrenOf(tree.roots().get(0).id());
            assertThat(children).hasSize(9).allSatisfy(u -> assertThat(u.code()).startsWith("360821").hasSize(8));
            assertThat(children).extracting(OrgUnit::name)
                    .contains("城关分局", "敦厚分局", "永和分局", "桐坪分局", "固江分局", "万福分局", "办公室", "纪检监察室");
            assertThat(children).extracting(OrgUnit::kind).contains(UnitKind.SUB_BUREAU, UnitKind.DEPARTMENT);
        }
    }

    @Test
    void addsOnlyTheMissingUnitsUnderAnExistingBureau() {
        try (DemoFixture db = new DemoFixture(folder)) {
            db.setup.setUp("吉安县市场监督管理局", "360821");
            OrgUnit root = db.unitService.tree().roots().get(0);
            db.unitService.create(new UnitDraft(root.id(), "36082104", "城关市场监管所", UnitKind.SUB_BUREAU, 4));

            DemoSummary summary = db.demo.generate(DemoOptions.defaultsFor(DemoFixture.YEAR), ProgressListener.NONE);

            assertThat(summary.units()).isEqualTo(8);
            UnitTree tree = db.unitService.tree();
            assertThat(tree.childrenOf(root.id())).hasSize(9).extracting(OrgUnit::name)
                    .contains("城关市场监管所").doesNotContain("城关分局");
            assertThat(db.allFiles()).anyMatch(f -> f.unit().name().equals("城关市场监管所"));
        }
    }

    @Test
    void refusesWhenTheDatabaseAlreadyHasCadres() {
        try (DemoFixture db = new DemoFixture(folder)) {
            db.demo.generate(new DemoOptions(20, 1, DemoFixture.YEAR), ProgressListener.NONE);

            assertThatThrownBy(() -> db.demo.generate(new DemoOptions(20, 2, DemoFixture.YEAR), ProgressListener.NONE))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.demo.notEmpty"));
            assertThat(db.allFiles()).hasSize(20);
        }
    }

    @Test
    void givesNoCadreTheIdNumberOfOneInTheRecycleBin() {
        String firstNumberOfSeed;
        try (DemoFixture db = new DemoFixture(folder.resolve("probe"))) {
            db.demo.generate(new DemoOptions(1, 1, DemoFixture.YEAR), ProgressListener.NONE);
            firstNumberOfSeed = db.allFiles().get(0).cadre().idNumber().value();
        }
        try (DemoFixture db = new DemoFixture(folder.resolve("recycled"))) {
            db.setup.setUp("吉安县市场监督管理局", "360821");
            Cadre deleted = db.cadreService.create(new CadreDraft(db.unitService.tree().roots().get(0).id(), "测试",
                    firstNumberOfSeed, null, null, null, "科员", CadreCategory.GENERAL, false, CadreStatus.ACTIVE, null,
                    null, null, null, List.of()));
            db.cadreService.delete(deleted.id(), deleted.version());

            db.demo.generate(new DemoOptions(1, 1, DemoFixture.YEAR), ProgressListener.NONE);

            assertThat(db.allFiles()).singleElement()
                    .satisfies(f -> assertThat(f.cadre().idNumber().value()).isNotEqualTo(firstNumberOfSeed));
        }
    }

    @Test
    void refusesAYearAfterTheCurrentOne() {
        try (DemoFixture db = new DemoFixture(folder)) {
            assertThatThrownBy(() -> db.demo.generate(new DemoOptions(20, 1, DemoFixture.YEAR + 1), ProgressListener.NONE))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.demo.year"));
            assertThat(db.setup.isSetUp()).isFalse();
        }
    }

    @Test
    void refusesACadreCountOutOfRange() {
        try (DemoFixture db = new DemoFixture(folder)) {
            assertThatThrownBy(() -> db.demo.generate(new DemoOptions(0, 1, DemoFixture.YEAR), ProgressListener.NONE))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.demo.cadreCount"));
        }
    }

    @Test
    void fewerCadresThanPostsFillTheLeadingGroupFirst() {
        try (DemoFixture db = new DemoFixture(folder)) {
            db.demo.generate(new DemoOptions(3, 1, DemoFixture.YEAR), ProgressListener.NONE);

            assertThat(db.allFiles()).extracting(f -> f.cadre().position())
                    .containsExactlyInAnyOrder("局长", "副局长", "副局长");
        }
    }
}
