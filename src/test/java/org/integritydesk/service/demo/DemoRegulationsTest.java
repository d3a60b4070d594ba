package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationRules;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's regulations register: the rules the seed account names, valid, and the same for the same seed. */
class DemoRegulationsTest {
    @TempDir Path dir;

    @Test
    void theDemoRegisterHoldsTheSeedAccountsRules() {
        try (TestServices services = TestServices.open(dir)) {
            services.demo.generate(new DemoOptions(20, 7, 2025), ProgressListener.NONE);
            List<Regulation> rules = services.regulations.list();

            assertThat(rules).extracting(Regulation::title).contains("机关效能建设制度", "党风廉政建设制度", "学习制度",
                    "效能建设问责制度", "绩效考核制度", "商业贿赂治理制度", "作风建设监督制度",
                    "干部作风影响发展环境突出问题集中整改实施方案");
            assertThat(rules).allSatisfy(r -> assertThat(RegulationRules.check(r.draft(), TestServices.TODAY)).isEmpty());
            assertThat(rules).filteredOn(r -> r.status() == RegulationStatus.REPEALED).hasSize(1);
            assertThat(rules).extracting(Regulation::year).allSatisfy(y -> assertThat(y).isBetween(2020, 2024));
        }
    }

    @Test
    void theSameSeedGivesTheSameRulesAndAnotherSeedOthers() {
        assertThat(DemoRegulations.make(7, 2025)).isEqualTo(DemoRegulations.make(7, 2025));
        assertThat(DemoRegulations.make(8, 2025)).extracting(Regulation::id)
                .doesNotContainAnyElementsOf(DemoRegulations.make(7, 2025).stream().map(Regulation::id).toList());
    }
}
