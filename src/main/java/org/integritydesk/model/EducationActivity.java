package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * 廉政教育活动: one clean-government education activity as stored. {@code baseId} names the
 * education base it was held at, if any; {@code place} is the place in words either way.
 */
public record EducationActivity(
        UUID id,
        ActivityKind kind,
        String title,
        LocalDateTime startsAt,
        BigDecimal hours,
        String place,
        UUID baseId,
        UUID organiserUnitId,
        String speaker,
        Set<OutreachTarget> outreach,
        String summary,
        RecordStamp stamp) {

    public EducationActivity {
        outreach = Set.copyOf(outreach);
    }

    public int version() {
        return stamp.version();
    }

    public int year() {
        return startsAt.getYear();
    }
}
