package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsibilityRulesTest {
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID LEADER = UUID.randomUUID();

    /** "Q1:D Q2:N" → entries (D = 完成, N = 未完成); "-" → none. */
    private static List<ResponsibilityProgress> progress(String spec) {
        List<ResponsibilityProgress> entries = new ArrayList<>();
        if (!spec.equals("-")) {
            for (String part : spec.split(" ")) {
                String[] qr = part.split(":");
                entries.add(new ResponsibilityProgress(UUID.randomUUID(), UUID.randomUUID(), Quarter.valueOf(qr[0]),
                        qr[1].equals("D") ? ProgressResult.DONE : ProgressResult.NOT_DONE, "落实", LocalDate.of(2025, 1, 1),
                        "clerk", RecordStamp.NEW));
            }
        }
        return entries;
    }

    private static ResponsibilityTask task(LocalDate deadline, String spec) {
        return new ResponsibilityTask(UUID.randomUUID(), deadline.getYear(), 1, ResponsibilityCategory.EDUCATION,
                "定期上党课", UNIT, "城关分局", LEADER, "张建国", deadline, progress(spec), RecordStamp.NEW);
    }

    @ParameterizedTest(name = "deadline {0}, today {1}, progress {2}: {3}")
    @CsvSource({
        // deadline,  today,      progress,        status
        "2025-06-30, 2025-06-29, -,               IN_PROGRESS",
        "2025-06-30, 2025-06-30, -,               IN_PROGRESS",   // due today: not yet overdue
        "2025-06-30, 2025-07-01, -,               OVERDUE",       // the day after the deadline
        "2025-06-30, 2025-07-01, Q1:N Q2:N,       OVERDUE",
        "2025-06-30, 2025-07-01, Q1:N Q2:D,       COMPLETED",
        "2025-06-30, 2025-06-30, Q1:D,            COMPLETED",
        "2025-06-30, 2025-07-01, Q1:D Q2:N,       OVERDUE",       // a later 未完成 undoes an earlier 完成
        "2025-12-31, 2025-12-31, Q1:D Q2:N,       IN_PROGRESS",
        "2025-12-31, 2026-01-01, Q1:D Q2:N Q3:N,  OVERDUE",
        "2025-12-31, 2026-01-01, Q4:D,            COMPLETED",
        "2025-03-31, 2025-04-01, Q2:D Q1:N,       COMPLETED"      // the final entry is the latest quarter, in any order
    })
    void aTaskIsCompleteByItsFinalEntryAndOverdueTheDayAfterItsDeadline(LocalDate deadline, LocalDate today,
            String spec, ResponsibilityStatus expected) {
        assertThat(task(deadline, spec).status(today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "Q1, 2025-01-01, 2025-03-31",
        "Q2, 2025-04-01, 2025-06-30",
        "Q3, 2025-07-01, 2025-09-30",
        "Q4, 2025-10-01, 2025-12-31"
    })
    void quartersSpanTheirThreeMonths(Quarter quarter, LocalDate start, LocalDate end) {
        assertThat(quarter.start(2025)).isEqualTo(start);
        assertThat(quarter.end(2025)).isEqualTo(end);
        assertThat(Quarter.of(start)).isEqualTo(quarter);
        assertThat(Quarter.of(end)).isEqualTo(quarter);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "Q2, 2025-03-31, validation.responsibility.quarterNotStarted",
        "Q2, 2025-04-01, ''",
        "Q1, 2025-01-01, ''",
        "Q4, 2025-09-30, validation.responsibility.quarterNotStarted"
    })
    void aQuarterIsReportedOnceItHasBegun(Quarter quarter, LocalDate today, String expected) {
        List<FieldError> errors = ResponsibilityRules.checkProgress(2025, quarter, ProgressResult.DONE, "已完成", today);
        assertThat(errors).extracting(FieldError::messageKey)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void progressNeedsAResultAndWhatWasDone() {
        assertThat(ResponsibilityRules.checkProgress(2025, Quarter.Q1, null, "  ", LocalDate.of(2025, 2, 1)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("result", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("note", "validation.required"));
        assertThat(ResponsibilityRules.checkProgress(2025, Quarter.Q1, ProgressResult.DONE, "落".repeat(1001),
                LocalDate.of(2025, 2, 1))).extracting(FieldError::messageKey).containsExactly("validation.tooLong");
    }

    @ParameterizedTest(name = "deadline {0} for year 2025: {1}")
    @CsvSource({
        "2025-01-01, ''",
        "2025-12-31, ''",
        "2026-01-01, validation.responsibility.deadlineOutsideYear",
        "2024-12-31, validation.responsibility.deadlineOutsideYear"
    })
    void theDeadlineLiesInTheTasksYear(LocalDate deadline, String expected) {
        var draft = new ResponsibilityDraft(2025, ResponsibilityCategory.CONDUCT, "开展自查自纠", UNIT, LEADER, deadline);
        assertThat(ResponsibilityRules.check(draft)).extracting(FieldError::messageKey)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void aTaskNeedsEveryField() {
        var draft = new ResponsibilityDraft(2025, null, " ", null, null, null);
        assertThat(ResponsibilityRules.check(draft)).extracting(FieldError::field)
                .containsExactly("category", "text", "unit", "leader", "deadline");
    }

    @Test
    void filterKeepsOverdueTasksOfTheChosenUnits() {
        LocalDate today = LocalDate.of(2025, 7, 1);
        ResponsibilityTask overdue = task(LocalDate.of(2025, 6, 30), "Q1:N");
        ResponsibilityTask done = task(LocalDate.of(2025, 6, 30), "Q2:D");
        var filter = new ResponsibilityFilter(2025, java.util.Set.of(UNIT), ResponsibilityStatus.OVERDUE, null);
        assertThat(List.of(overdue, done).stream().filter(filter.predicate(today)).toList()).containsExactly(overdue);
        var otherUnit = new ResponsibilityFilter(2025, java.util.Set.of(UUID.randomUUID()), null, null);
        assertThat(otherUnit.predicate(today).test(overdue)).isFalse();
        assertThat(new ResponsibilityFilter(2025, null, null, "张建国").predicate(today).test(overdue)).isTrue();
    }
}
