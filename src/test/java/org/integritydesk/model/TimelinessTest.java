package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The counting rules of the 问题整改分析: on time, late, not yet due, at the day boundaries. */
class TimelinessTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    @ParameterizedTest(name = "{0} deadline {1} rectified {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        // rectified on the deadline is on time, a day later is late
        "RECTIFIED,  2025-03-10, 2025-03-10, ON_TIME",
        "RECTIFIED,  2025-03-10, 2025-03-09, ON_TIME",
        "RECTIFIED,  2025-03-10, 2025-03-11, LATE",
        "VERIFIED,   2025-03-10, 2025-03-10, ON_TIME",
        "VERIFIED,   2025-03-10, 2025-03-11, LATE",
        // rectified before a deadline still to come
        "RECTIFIED,  2025-04-30, 2025-03-15, ON_TIME",
        // waiting: late the day after the deadline, not yet due on the deadline itself
        "OPEN,       2025-03-14, -,          LATE",
        "OPEN,       2025-03-15, -,          NOT_YET_DUE",
        "OPEN,       2025-03-16, -,          NOT_YET_DUE",
        "RECTIFYING, 2025-03-14, -,          LATE",
        "RECTIFYING, 2025-03-15, -,          NOT_YET_DUE",
        // reopened: judged as waiting again (reopening cleared the rectification date)
        "REOPENED,   2025-03-14, -,          LATE",
        "REOPENED,   2025-03-20, -,          NOT_YET_DUE",
        // no deadline yet: not judged, whatever the status
        "OPEN,       -,          -,          NOT_YET_DUE",
        "RECTIFIED,  -,          2025-03-01, NOT_YET_DUE",
    })
    void judgesAnItemAgainstItsDeadline(RectificationStatus status, LocalDate deadline, LocalDate rectifiedOn,
            Timeliness expected) {
        assertThat(Timeliness.of(status, deadline, rectifiedOn, TODAY)).isEqualTo(expected);
    }

    @Test
    void theShareOnTimeLeavesOutItemsNotYetDue() {
        ProblemAnalysis.Counts counts = ProblemAnalysis.Counts.of(RectificationStatus.VERIFIED, Timeliness.ON_TIME, true, 3)
                .plus(ProblemAnalysis.Counts.of(RectificationStatus.OPEN, Timeliness.LATE, true, 1))
                .plus(ProblemAnalysis.Counts.of(RectificationStatus.OPEN, Timeliness.NOT_YET_DUE, false, 5));

        assertThat(counts.items()).isEqualTo(9);
        assertThat(counts.open()).isEqualTo(6);
        assertThat(counts.overdue()).isEqualTo(1);
        assertThat(counts.rectified()).isEqualTo(3);
        assertThat(counts.closed()).isEqualTo(3);
        assertThat(counts.onTimePercent()).contains(new BigDecimal("75.0"));
    }

    @Test
    void noShareWhileNothingIsJudged() {
        assertThat(ProblemAnalysis.Counts.NONE.onTimePercent()).isEmpty();
        assertThat(ProblemAnalysis.Counts.of(RectificationStatus.OPEN, Timeliness.NOT_YET_DUE, false, 4).onTimePercent())
                .isEmpty();
    }

    @Test
    void twoThirdsRoundToOneDecimal() {
        ProblemAnalysis.Counts counts = ProblemAnalysis.Counts.of(RectificationStatus.RECTIFIED, Timeliness.ON_TIME, false, 2)
                .plus(ProblemAnalysis.Counts.of(RectificationStatus.RECTIFIED, Timeliness.LATE, true, 1));
        assertThat(counts.onTimePercent()).contains(new BigDecimal("66.7"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "2025-01-01, 2025-12-31, -",
        "2025-03-01, 2025-03-01, -",
        "2025-03-02, 2025-03-01, analysis.period.reversed",
        "-,          2025-03-01, analysis.period.missing",
        "2014-01-01, 2025-01-01, analysis.period.tooLong",
    })
    void refusesWhatIsNoPeriod(LocalDate from, LocalDate to, String refusal) {
        assertThat(AnalysisPeriod.refusal(from, to).orElse(null)).isEqualTo(refusal);
    }

    @Test
    void aYearIsAWholeYear() {
        assertThat(AnalysisPeriod.ofYear(2024).isWholeYear()).isTrue();
        assertThat(AnalysisPeriod.ofYear(2024).to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(new AnalysisPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)).isWholeYear()).isFalse();
    }
}
