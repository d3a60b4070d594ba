package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreAppointmentTalksTest {

    /** 缺任前谈话 only for an active cadre in an important position without a pre-appointment talk. */
    @ParameterizedTest(name = "important={0} status={1} talk={2} → missing={3}")
    @CsvSource({
        "true,  ACTIVE,      false, true",
        "true,  ACTIVE,      true,  false",
        "false, ACTIVE,      false, false",
        "false, ACTIVE,      true,  false",
        "true,  TRANSFERRED, false, false",
        "true,  RETIRED,     false, false",
    })
    void listsOnlyActiveImportantPositionCadresWithoutTheTalk(boolean important, CadreStatus status, boolean hasTalk,
            boolean missing) {
        assertThat(PreAppointmentTalks.isMissing(important, status, hasTalk)).isEqualTo(missing);
    }

    @Test
    void keepsTheOrderOfTheCadresAndLeavesOutTheRecycleBin() {
        CadreSummary a = summary("甲", true, null);
        CadreSummary b = summary("乙", true, null);
        CadreSummary c = summary("丙", true, Instant.EPOCH);
        CadreSummary d = summary("丁", false, null);
        CadreSummary e = summary("戊", true, null);

        assertThat(PreAppointmentTalks.missing(List.of(a, b, c, d, e), Set.of(b.id())))
                .extracting(CadreSummary::name).containsExactly("甲", "戊");
    }

    static CadreSummary summary(String name, boolean important, Instant deletedAt) {
        return new CadreSummary(UUID.randomUUID(), UUID.randomUUID(), "城关分局", name, "x",
                IdNumber.parse(org.integritydesk.testing.IdNumbers.of("360821", "19850314", "019"), LocalDate.MAX), "科员", CadreCategory.GENERAL, CadreStatus.ACTIVE,
                important, 1, deletedAt);
    }
}
