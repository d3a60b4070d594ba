package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue and due-soon at the day boundaries (today is 2025-03-15). */
class DueStateTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    @ParameterizedTest(name = "{0}, deadline {1} → {2}")
    @CsvSource({
        "OPEN,       2025-03-14, OVERDUE",
        "OPEN,       2025-03-15, DUE_SOON",
        "RECTIFYING, 2025-03-22, DUE_SOON",
        "REOPENED,   2025-03-23, PENDING",
        "REOPENED,   2025-01-01, OVERDUE",
        "RECTIFYING, 2024-12-31, OVERDUE",
        "RECTIFIED,  2025-03-01, DONE",
        "VERIFIED,   2025-03-01, DONE",
        "RECTIFIED,  2025-03-16, DONE",
    })
    void dueStateAtTheBoundaries(RectificationStatus status, LocalDate deadline, DueState expected) {
        assertThat(DueState.of(status, deadline, TODAY)).isEqualTo(expected);
    }
}
