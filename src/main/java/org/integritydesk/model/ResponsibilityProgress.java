package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One quarter's progress entry of a responsibility task: 完成 or 未完成, what was done (落实情况),
 * and who recorded it when. Evidence files are attachments of this entry.
 */
public record ResponsibilityProgress(
        UUID id,
        UUID taskId,
        Quarter quarter,
        ProgressResult result,
        String note,
        LocalDate recordedOn,
        String recordedBy,
        RecordStamp stamp) {

    public int version() {
        return stamp.version();
    }
}
