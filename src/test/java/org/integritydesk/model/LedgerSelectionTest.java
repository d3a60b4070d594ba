package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerSelectionTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private static final UUID UNIT = UUID.randomUUID();

    private static LedgerKey key(int n, RectificationStatus status, LocalDate deadline, String description) {
        return new LedgerKey(UUID.nameUUIDFromBytes(new byte[] {(byte) n}), "ZG-2025-" + n, TODAY, ProblemSource.values()[0],
                ProblemSeverity.values()[0], status, deadline, null, null, UNIT, "城关分局", UNIT, "城关分局", null, description, "整改措施", "李明");
    }

    private static List<LedgerKey> year(int size) {
        List<LedgerKey> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add(key(i, i % 2 == 0 ? RectificationStatus.OPEN : RectificationStatus.VERIFIED,
                    TODAY.minusDays(i % 3), i % 4 == 0 ? "上班迟到" : "文书不规范"));
        }
        return keys;
    }

    @Test
    void countsTheMatchingTheYearAndTheOverdue() {
        LedgerSelection all = LedgerSelection.of(year(12), LedgerFilter.ALL, TODAY);
        LedgerSelection late = LedgerSelection.of(year(12), new LedgerFilter(null, null, null, null, null, false, "迟到"),
                TODAY);

        assertThat(all.matching()).isEqualTo(12);
        assertThat(all.inYear()).isEqualTo(12);
        // open (even) and deadline before today (i % 3 != 0): 2, 4, 8, 10
        assertThat(all.overdue()).isEqualTo(4);
        assertThat(late.matching()).isEqualTo(3);
        assertThat(late.inYear()).isEqualTo(12);
        assertThat(late.overdue()).isEqualTo(4);
    }

    @Test
    void cutsPagesInOrderAndTreatsAPagePastTheEndAsTheLast() {
        List<LedgerKey> keys = year(12);
        LedgerSelection selection = LedgerSelection.of(keys, LedgerFilter.ALL, TODAY);

        assertThat(selection.pageCount(5)).isEqualTo(3);
        assertThat(selection.page(0, 5)).containsExactlyElementsOf(keys.subList(0, 5));
        assertThat(selection.page(2, 5)).containsExactlyElementsOf(keys.subList(10, 12));
        assertThat(selection.page(9, 5)).isEqualTo(selection.page(2, 5));
        assertThat(selection.page(-1, 5)).isEqualTo(selection.page(0, 5));
    }

    @Test
    void anEmptySelectionHasOneEmptyPage() {
        LedgerSelection none = LedgerSelection.of(year(4), new LedgerFilter(null, null, null, null, null, false, "无此"),
                TODAY);

        assertThat(none.pageCount(5)).isEqualTo(1);
        assertThat(none.page(0, 5)).isEmpty();
        assertThat(none.indexOf(year(4).get(0).id())).isEqualTo(-1);
    }

    @Test
    void findsWhereAnItemStands() {
        List<LedgerKey> keys = year(12);
        LedgerSelection open = LedgerSelection.of(keys, new LedgerFilter(null, null, null, RectificationStatus.OPEN, null,
                false, null), TODAY);

        assertThat(open.indexOf(keys.get(6).id())).isEqualTo(3);
        assertThat(open.indexOf(keys.get(7).id())).isEqualTo(-1);
    }
}
