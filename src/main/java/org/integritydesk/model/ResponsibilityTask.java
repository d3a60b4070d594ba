package org.integritydesk.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One task of a year's 党风廉政建设责任分解: what is to be done, the responsible unit and leading
 * cadre (一岗双责), the deadline, and the quarterly progress entries recorded so far (oldest
 * quarter first). {@code unitName} and {@code leaderName} are read with the task for showing; the
 * leader is null when the cadre was removed before the task was copied into a new year.
 */
public record ResponsibilityTask(
        UUID id,
        int year,
        int seq,
        ResponsibilityCategory category,
        String text,
        UUID unitId,
        String unitName,
        UUID leaderId,
        String leaderName,
        LocalDate deadline,
        List<ResponsibilityProgress> progress,
        RecordStamp stamp) {

    public ResponsibilityTask {
        progress = progress == null ? List.of()
                : progress.stream().sorted(Comparator.comparing(ResponsibilityProgress::quarter)).toList();
    }

    public int version() {
        return stamp.version();
    }

    /** The entry of {@code quarter}, if one was recorded. */
    public Optional<ResponsibilityProgress> progressOf(Quarter quarter) {
        return progress.stream().filter(p -> p.quarter() == quarter).findFirst();
    }

    public ResponsibilityStatus status(LocalDate today) {
        return ResponsibilityRules.status(this, today);
    }

    public boolean complete() {
        return ResponsibilityRules.complete(progress);
    }

    /** The same task with other progress entries (after one was recorded). */
    public ResponsibilityTask withProgress(List<ResponsibilityProgress> entries) {
        return new ResponsibilityTask(id, year, seq, category, text, unitId, unitName, leaderId, leaderName, deadline,
                entries, stamp);
    }

    public ResponsibilityDraft draft() {
        return new ResponsibilityDraft(year, category, text, unitId, leaderId, deadline);
    }
}
