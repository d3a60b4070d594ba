package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.BackupRetention.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention rule as a table: the backups in the folder, the time now, and the backups the
 * rule deletes. Backups are written "yyyy-MM-ddTHH:mm[:ss] kind".
 */
class BackupRetentionTest {
    private static final Policy DEFAULT = Policy.DEFAULT;
    /** One day, and weeks or months only, to look at one rule at a time. */
    private static final Policy TWO_WEEKS = new Policy(1, 2, 0, 1, 1);
    private static final Policy TWO_MONTHS = new Policy(1, 0, 2, 1, 1);
    private static final Policy THREE_MONTHS = new Policy(1, 0, 3, 1, 1);

    static Stream<Arguments> table() {
        return Stream.of(
                row("nothing to do", DEFAULT, "2026-11-26T18:00", List.of(), List.of()),
                row("of two backups on one day the newer stays", DEFAULT, "2026-11-26T18:00",
                        List.of("2026-11-26T09:00 exit", "2026-11-26T17:00 exit"),
                        List.of("2026-11-26T09:00 exit")),
                row("daily and exit backups share the daily slots", DEFAULT, "2026-11-26T18:00",
                        List.of("2026-11-26T09:00 daily", "2026-11-26T17:00 exit"),
                        List.of("2026-11-26T09:00 daily")),
                row("eight days in a row: the eighth day back goes (its week and month have newer ones)", DEFAULT,
                        "2026-11-26T18:00", days("2026-11-19", 8, "daily"),
                        List.of("2026-11-19T12:00 daily")),
                row("seven most recent days WITH a backup, however old: the PC was off for a month", DEFAULT,
                        "2026-12-01T09:00", days("2026-10-01", 10, "daily"),
                        // the seven newest days are Oct 4-10; Oct 1-3 each have a newer backup in their week and month
                        List.of("2026-10-01T12:00 daily", "2026-10-02T12:00 daily", "2026-10-03T12:00 daily")),
                row("ISO week starts on Monday: Sunday 23:59:59 and Monday 00:00 are different weeks", TWO_WEEKS,
                        "2026-11-23T12:00",
                        List.of("2026-11-21T10:00 daily", "2026-11-22T23:59:59 exit", "2026-11-23T00:00 daily"),
                        List.of("2026-11-21T10:00 daily")),
                row("2027-01-01 belongs to week 53 of 2026, with 2026-12-28", TWO_WEEKS, "2027-01-04T12:00",
                        List.of("2026-12-24T12:00 daily", "2026-12-28T12:00 daily", "2027-01-01T12:00 daily",
                                "2027-01-04T08:00 daily"),
                        List.of("2026-12-24T12:00 daily", "2026-12-28T12:00 daily")),
                row("months end at midnight: Oct 31 23:59:59 is October, Nov 1 00:00 November", THREE_MONTHS,
                        "2026-12-01T08:00",
                        List.of("2026-10-15T12:00 daily", "2026-10-31T23:59:59 daily", "2026-11-01T00:00 daily",
                                "2026-12-01T00:00 daily"),
                        List.of("2026-10-15T12:00 daily")),
                row("only the months that have a backup count", TWO_MONTHS, "2026-12-01T08:00",
                        List.of("2026-06-30T12:00 daily", "2026-07-01T12:00 daily", "2026-12-01T00:00 daily"),
                        List.of("2026-06-30T12:00 daily")),
                row("twelve monthly: the first of 23 months, the oldest 11 go", DEFAULT, "2026-11-26T18:00",
                        monthly("2025-01-01", 23),
                        monthly("2025-01-01", 11)),
                row("manual backups: the newest ten, beside the automatic ones of the same day", DEFAULT,
                        "2026-11-26T18:00",
                        concat(List.of("2026-11-26T08:00 exit"), hourly("2026-11-26T06:00", 12, "manual")),
                        hourly("2026-11-26T06:00", 2, "manual")),
                row("safety copies before a restore: the newest ten, however old", DEFAULT, "2026-11-26T18:00",
                        concat(monthly("2025-01-01", 11, "before-restore"), days("2026-11-20", 7, "daily")),
                        List.of("2025-01-01T12:00 before-restore")),
                row("a backup dated after now is kept and takes no slot", DEFAULT, "2026-11-26T18:00",
                        concat(List.of("2027-06-01T12:00 exit"), days("2026-11-20", 7, "daily")),
                        List.of()),
                row("a backup made exactly now takes the slot; one a second later is in the future", TWO_MONTHS, "2026-11-26T18:00",
                        List.of("2026-11-26T17:59:59 exit", "2026-11-26T18:00:00 exit", "2026-11-26T18:00:01 exit"),
                        List.of("2026-11-26T17:59:59 exit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void deletes(String rule, Policy policy, String now, List<String> backups, List<String> deleted) {
        List<BackupName> all = backups.stream().map(BackupRetentionTest::backup).toList();

        List<BackupName> actual = new BackupRetention(policy).delete(all, LocalDateTime.parse(now));

        assertThat(actual).as(rule).containsExactlyInAnyOrderElementsOf(
                deleted.stream().map(BackupRetentionTest::backup).toList());
        assertThat(new BackupRetention(policy).keep(all, LocalDateTime.parse(now))).as(rule)
                .hasSize(all.size() - deleted.size()).noneMatch(actual::contains);
    }

    @Test
    void aYearOfDailyBackupsKeepsAtMostTwentyThree() {
        List<BackupName> year = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 17, 30);
        for (int day = 0; day < 365; day++) {
            year.add(new BackupName(first.plusDays(day), BackupKind.DAILY));
        }

        var kept = new BackupRetention(DEFAULT).keep(year, first.plusDays(365));

        // 7 days + up to 4 weeks + 12 months, overlapping at the newest end
        assertThat(kept).hasSizeBetween(12, 23).contains(year.get(364));
        assertThat(kept.stream().map(b -> b.time().toLocalDate().withDayOfMonth(1)).distinct()).hasSize(12);
    }

    private static Arguments row(String rule, Policy policy, String now, List<String> backups, List<String> deleted) {
        return Arguments.of(rule, policy, now, backups, deleted);
    }

    private static BackupName backup(String text) {
        String[] parts = text.split(" ");
        BackupKind kind = Arrays.stream(BackupKind.values()).filter(k -> k.fileTag().equals(parts[1])).findFirst()
                .orElseThrow();
        return new BackupName(LocalDateTime.parse(parts[0]), kind);
    }

    /** One backup at noon on each of {@code count} days from {@code first}. */
    private static List<String> days(String first, int count, String kind) {
        return Stream.iterate(LocalDate.parse(first), d -> d.plusDays(1)).limit(count)
                .map(d -> d + "T12:00 " + kind).toList();
    }

    private static List<String> monthly(String first, int count) {
        return monthly(first, count, "daily");
    }

    private static List<String> monthly(String first, int count, String kind) {
        return Stream.iterate(LocalDate.parse(first), d -> d.plusMonths(1)).limit(count)
                .map(d -> d + "T12:00 " + kind).toList();
    }

    private static List<String> hourly(String first, int count, String kind) {
        return Stream.iterate(LocalDateTime.parse(first), t -> t.plusHours(1)).limit(count)
                .map(t -> t + " " + kind).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
