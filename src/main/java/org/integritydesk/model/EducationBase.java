package org.integritydesk.model;

import java.util.UUID;

/** 廉政教育基地: a place the bureau takes cadres for integrity education; a 示范点 if so named. */
public record EducationBase(
        UUID id,
        String name,
        BaseKind kind,
        BaseTheme theme,
        String address,
        boolean demonstrationSite,
        String notes,
        RecordStamp stamp) {

    public int version() {
        return stamp.version();
    }
}
