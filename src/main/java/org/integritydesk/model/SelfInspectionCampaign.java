package org.integritydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A special self-inspection campaign (专项自查): a checklist sent to the cadres of chosen units, each of
 * whom declares per item 无 or 有 with an explanation.
 *
 * @param number  ZC-2025-01, given when it is saved
 * @param items   the checklist, in order
 * @param unitIds the units it was sent to (their sub-units' cadres included)
 */
public record SelfInspectionCampaign(
        UUID id,
        String number,
        String title,
        int year,
        LocalDate startsOn,
        LocalDate endsOn,
        String description,
        List<String> items,
        List<UUID> unitIds,
        RecordStamp stamp) {
    public SelfInspectionCampaign {
        items = List.copyOf(items);
        unitIds = List.copyOf(unitIds);
    }

    public int version() {
        return stamp.version();
    }
}
