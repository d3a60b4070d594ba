package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.IdNumber;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;

class SearchKeystrokeMeasurementTest {
    @Test
    void typesAndErasesInitialsNameIdTailAndUnit() {
        String id = IdNumbers.of("360821", "19800229", "123");
        String tail = "123" + id.charAt(17);
        CadreSummary zhangWei = new CadreSummary(UUID.randomUUID(), UUID.randomUUID(), "城关分局", "张伟", "zw",
                IdNumber.parse(id, LocalDate.of(2025, 1, 1)), "科员", CadreCategory.GENERAL,
                CadreStatus.ACTIVE, false, 1, null);

        assertThat(SearchKeystrokeMeasurement.typedTexts(List.of(zhangWei))).containsExactly(
                "z", "zw", "z", "",
                "张", "张伟", "张", "",
                "1", "12", "123", tail, "123", "12", "1", "",
                "城", "城关", "城关分", "城关分局", "城关分", "城关", "城", "");
    }
}
