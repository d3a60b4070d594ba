package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearRulesTest {
    @ParameterizedTest(name = "close {0} in {1}, closed already {2}: {3}")
    @CsvSource({
        "2024, 2025, false, ",
        "2025, 2025, false, ",
        "2000, 2025, false, ",
        "2026, 2025, false, error.year.future",
        "2030, 2025, false, error.year.future",
        "2024, 2025, true,  error.year.alreadyClosed",
        "1999, 2025, false, error.year.invalid",
        "10000, 2025, false, error.year.invalid",
    })
    void closing(int year, int currentYear, boolean closed, String problem) {
        assertThat(YearRules.closeProblem(year, currentYear, closed).map(FieldError::messageKey).orElse(null))
                .isEqualTo(problem);
    }

    @ParameterizedTest(name = "reopen when closed {0} with \"{1}\": {2}")
    @CsvSource({
        "true,  更正漏报,  ",
        "false, 更正漏报,  error.year.notClosed",
        "true,  '',      error.year.reasonRequired",
        "true,  '   ',   error.year.reasonRequired",
    })
    void reopening(boolean closed, String reason, String problem) {
        assertThat(YearRules.reopenProblem(2024, closed, reason).map(FieldError::messageKey).orElse(null))
                .isEqualTo(problem);
    }

    @Test
    void aReasonHasAtMost500Characters() {
        assertThat(YearRules.reopenProblem(2024, true, "因".repeat(500))).isEmpty();
        assertThat(YearRules.reopenProblem(2024, true, "因".repeat(501)).orElseThrow().messageKey())
                .isEqualTo("error.year.reasonTooLong");
        assertThat(YearRules.reopenProblem(2024, true, null).orElseThrow().messageKey())
                .isEqualTo("error.year.reasonRequired");
    }

    @Test
    void theListShowsThreeYearsBackAndEveryYearEverClosed() {
        assertThat(YearRules.listedYears(2025, List.of())).containsExactly(2025, 2024, 2023, 2022);
        assertThat(YearRules.listedYears(2025, List.of(2018))).containsExactly(2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018);
        assertThat(YearRules.listedYears(2001, List.of())).containsExactly(2001, 2000);
    }

    @Test
    void aYearsStateFollowsItsNewestClose() {
        ClosedYear standing = new ClosedYear(null, 2024, null, "a", "f", "h", null, null, null, RecordStamp.NEW);
        ClosedYear reopened = new ClosedYear(null, 2024, null, "a", "f", "h", java.time.Instant.EPOCH, "b", "r",
                RecordStamp.NEW);
        assertThat(YearStatus.of(2024, List.of()).state()).isEqualTo(YearState.OPEN);
        assertThat(YearStatus.of(2024, List.of(standing, reopened)).state()).isEqualTo(YearState.CLOSED);
        assertThat(YearStatus.of(2024, List.of(reopened)).state()).isEqualTo(YearState.REOPENED);
    }
}
