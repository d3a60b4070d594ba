package org.integritydesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep. A pure rule over the backups' names (time and kind) and the present time;
 * whatever it does not keep is deleted.
 *
 * <p><b>Automatic backups</b> (daily and at exit) form one rotating set:
 * <ul>
 * <li>the newest backup of each of the {@code days} most recent days that have a backup,</li>
 * <li>the newest of each of the {@code weeks} most recent ISO weeks (Monday to Sunday) that have one,</li>
 * <li>the newest of each of the {@code months} most recent calendar months that have one.</li>
 * </ul>
 * A backup is kept when any of the three keeps it. "Most recent days <em>that have a backup</em>"
 * rather than "the last seven calendar days": when the PC was off over Spring Festival, or its
 * clock jumped a year ahead, counting calendar days would delete every older backup at the first
 * start; counting days with backups never leaves fewer than seven.
 *
 * <p><b>Manual backups</b>: the newest {@code manual} are kept. A clerk made them on purpose,
 * usually before something risky, so they do not compete with the automatic ones for a slot.
 *
 * <p><b>Safety copies made before a restore</b>: the newest {@code beforeRestore} are kept. They hold
 * the data a restore replaced, the only way back from restoring the wrong file.
 *
 * <p>Backups dated after {@code now} are always kept and take no slot: the clock was wrong when
 * they were made or is wrong now, and deleting a file we cannot place in time is the worse mistake.
 * Times are local (as in the file names), so "a day" is the office's calendar day.
 */
public final class BackupRetention {
    /** How many of each to keep; {@link #DEFAULT} is 7 daily, 4 weekly, 12 monthly, 10 manual, 10 safety copies. */
    public record Policy(int days, int weeks, int months, int manual, int beforeRestore) {
        public static final Policy DEFAULT = new Policy(7, 4, 12, 10, 10);

        public Policy {
            if (days < 1 || weeks < 0 || months < 0 || manual < 1 || beforeRestore < 1) {
                throw new IllegalArgumentException("keep at least one daily, manual and safety backup");
            }
        }
    }

    private final Policy policy;

    public BackupRetention(Policy policy) {
        this.policy = policy;
    }

    /** The backups to keep, out of {@code backups}. */
    public Set<BackupName> keep(Collection<BackupName> backups, LocalDateTime now) {
        Set<BackupName> kept = new HashSet<>();
        List<BackupName> past = backups.stream().filter(b -> !b.time().isAfter(now))
                .sorted(Comparator.reverseOrder()).toList();
        backups.stream().filter(b -> b.time().isAfter(now)).forEach(kept::add);

        List<BackupName> automatic = past.stream().filter(b -> b.kind().isAutomatic()).toList();
        kept.addAll(newestPerPeriod(automatic, b -> b.time().toLocalDate(), policy.days()));
        kept.addAll(newestPerPeriod(automatic, BackupRetention::isoWeek, policy.weeks()));
        kept.addAll(newestPerPeriod(automatic, b -> YearMonth.from(b.time()), policy.months()));
        kept.addAll(newest(past, BackupKind.MANUAL, policy.manual()));
        kept.addAll(newest(past, BackupKind.BEFORE_RESTORE, policy.beforeRestore()));
        return kept;
    }

    /** The backups to delete: everything {@link #keep} does not keep. */
    public List<BackupName> delete(Collection<BackupName> backups, LocalDateTime now) {
        Set<BackupName> kept = keep(backups, now);
        return backups.stream().filter(b -> !kept.contains(b)).sorted().toList();
    }

    /** {@code newestFirst} must be sorted newest first; the first of each period is its newest. */
    private static List<BackupName> newestPerPeriod(List<BackupName> newestFirst, Function<BackupName, Object> period,
            int periods) {
        Map<Object, BackupName> newestOfPeriod = new LinkedHashMap<>();
        for (BackupName backup : newestFirst) {
            if (newestOfPeriod.size() == periods && !newestOfPeriod.containsKey(period.apply(backup))) {
                break;
            }
            newestOfPeriod.putIfAbsent(period.apply(backup), backup);
        }
        return List.copyOf(newestOfPeriod.values());
    }

    private static List<BackupName> newest(List<BackupName> newestFirst, BackupKind kind, int count) {
        return newestFirst.stream().filter(b -> b.kind() == kind).limit(count).toList();
    }

    /** The ISO week-based year and week: 2027-01-01 (a Friday) is in week 53 of 2026. */
    private static Object isoWeek(BackupName backup) {
        LocalDate date = backup.time().toLocalDate();
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
