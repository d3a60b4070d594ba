package org.integritydesk.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The status machine of a ledger item, as pure rules: which step may follow which status, and who
 * may verify. Each refusal is a message key naming the reason.
 */
public final class RectificationFlow {
    public static final int MAX_NOTE = 500;

    private RectificationFlow() {
    }

    /**
     * Why {@code step} may not be taken now, or empty when it may.
     *
     * @param status     the item's status now
     * @param actor      the user name of who takes the step
     * @param rectifiedBy who marked the item 已整改 (null if nobody did)
     * @param note       the note given with the step; verifying and reopening need one
     */
    public static Optional<String> refusal(RectificationStatus status, RectificationStep step, String actor,
            String rectifiedBy, String note) {
        if (!step.allowedFrom(status)) {
            return Optional.of("rectification.refused.notAllowed");
        }
        boolean noNote = note == null || note.isBlank();
        if (step == RectificationStep.VERIFY) {
            if (noNote) {
                return Optional.of("rectification.refused.verifyNeedsNote");
            }
            if (actor == null || actor.equals(rectifiedBy)) {
                return Optional.of("rectification.refused.sameVerifier");
            }
        }
        if (step == RectificationStep.REOPEN && noNote) {
            return Optional.of("rectification.refused.reopenNeedsNote");
        }
        if (!noNote && PersonName.codePointLength(note.strip()) > MAX_NOTE) {
            return Optional.of("rectification.refused.noteTooLong");
        }
        return Optional.empty();
    }

    /** The steps the table allows from {@code status}, in their order (for the status buttons). */
    public static List<RectificationStep> stepsFrom(RectificationStatus status) {
        return Arrays.stream(RectificationStep.values()).filter(s -> s.allowedFrom(status)).toList();
    }
}
