package org.integritydesk.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 缺任前谈话: a cadre in an important position (重要岗位) gets a pre-appointment talk. Until one is
 * on file, an active cadre so marked is listed as missing it. Transferred and retired cadres are
 * no longer in the post and are not listed.
 */
public final class PreAppointmentTalks {
    private PreAppointmentTalks() {
    }

    /** Whether this cadre is missing the pre-appointment talk. */
    public static boolean isMissing(boolean importantPosition, CadreStatus status, boolean hasPreAppointmentTalk) {
        return importantPosition && status == CadreStatus.ACTIVE && !hasPreAppointmentTalk;
    }

    /** The cadres of {@code cadres} missing it, in the order given. */
    public static List<CadreSummary> missing(Collection<CadreSummary> cadres, Set<UUID> withPreAppointmentTalk) {
        return cadres.stream()
                .filter(c -> c.deletedAt() == null)
                .filter(c -> isMissing(c.importantPosition(), c.status(), withPreAppointmentTalk.contains(c.id())))
                .toList();
    }
}
