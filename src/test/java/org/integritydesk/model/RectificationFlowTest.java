package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ledger item's status machine, every status × every step. */
class RectificationFlowTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "OPEN,       START,          RECTIFYING",
        "OPEN,       MARK_RECTIFIED, REFUSED",
        "OPEN,       VERIFY,         REFUSED",
        "OPEN,       REOPEN,         REFUSED",
        "RECTIFYING, START,          REFUSED",
        "RECTIFYING, MARK_RECTIFIED, RECTIFIED",
        "RECTIFYING, VERIFY,         REFUSED",
        "RECTIFYING, REOPEN,         REFUSED",
        "RECTIFIED,  START,          REFUSED",
        "RECTIFIED,  MARK_RECTIFIED, REFUSED",
        "RECTIFIED,  VERIFY,         VERIFIED",
        "RECTIFIED,  REOPEN,         REOPENED",
        "VERIFIED,   START,          REFUSED",
        "VERIFIED,   MARK_RECTIFIED, REFUSED",
        "VERIFIED,   VERIFY,         REFUSED",
        "VERIFIED,   REOPEN,         REOPENED",
        "REOPENED,   START,          RECTIFYING",
        "REOPENED,   MARK_RECTIFIED, REFUSED",
        "REOPENED,   VERIFY,         REFUSED",
        "REOPENED,   REOPEN,         REFUSED",
    })
    void everyStatusAndStepFollowsTheTable(RectificationStatus status, RectificationStep step, String expected) {
        // a second user with a note: only the table decides
        Optional<String> refusal = RectificationFlow.refusal(status, step, "verifier", "rectifier", "验收合格");
        if (expected.equals("REFUSED")) {
            assertThat(refusal).contains("rectification.refused.notAllowed");
        } else {
            assertThat(refusal).isEmpty();
            assertThat(step.target()).isEqualTo(RectificationStatus.valueOf(expected));
        }
    }

    @Test
    void everyCombinationIsInTheTable() {
        int combinations = RectificationStatus.values().length * RectificationStep.values().length;
        assertThat(combinations).isEqualTo(20);
    }

    @Test
    void refusesVerificationByWhoeverMarkedItRectified() {
        assertThat(RectificationFlow.refusal(RectificationStatus.RECTIFIED, RectificationStep.VERIFY, "clerk",
                "clerk", "验收合格")).contains("rectification.refused.sameVerifier");
    }

    @Test
    void refusesVerificationWithoutANote() {
        assertThat(RectificationFlow.refusal(RectificationStatus.RECTIFIED, RectificationStep.VERIFY, "inspector",
                "clerk", "  ")).contains("rectification.refused.verifyNeedsNote");
    }

    @Test
    void refusesReopeningWithoutAReason() {
        assertThat(RectificationFlow.refusal(RectificationStatus.VERIFIED, RectificationStep.REOPEN, "inspector",
                "clerk", null)).contains("rectification.refused.reopenNeedsNote");
    }

    @Test
    void refusesANoteLongerThanTheLimitCountingCodePoints() {
        String tooLong = "𠮷".repeat(RectificationFlow.MAX_NOTE + 1);
        assertThat(RectificationFlow.refusal(RectificationStatus.OPEN, RectificationStep.START, "a", null, tooLong))
                .contains("rectification.refused.noteTooLong");
        assertThat(RectificationFlow.refusal(RectificationStatus.OPEN, RectificationStep.START, "a", null,
                "𠮷".repeat(RectificationFlow.MAX_NOTE))).isEmpty();
    }

    @Test
    void offersTheStepsTheTableAllows() {
        assertThat(RectificationFlow.stepsFrom(RectificationStatus.RECTIFIED))
                .containsExactly(RectificationStep.VERIFY, RectificationStep.REOPEN);
        assertThat(RectificationFlow.stepsFrom(RectificationStatus.OPEN)).containsExactly(RectificationStep.START);
        assertThat(RectificationFlow.stepsFrom(RectificationStatus.VERIFIED)).isEqualTo(List.of(RectificationStep.REOPEN));
    }
}
