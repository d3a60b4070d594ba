package org.integritydesk.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of a ledger item's status, each allowed from some statuses only; see
 * {@link RectificationFlow} for the rules beyond the table. Stored by name in the item's history.
 */
public enum RectificationStep implements Labelled {
    /** 开始整改: 待整改 or 重新打开 → 整改中. */
    START(RectificationStatus.RECTIFYING, EnumSet.of(RectificationStatus.OPEN, RectificationStatus.REOPENED)),
    /** 整改完成: 整改中 → 已整改. */
    MARK_RECTIFIED(RectificationStatus.RECTIFIED, EnumSet.of(RectificationStatus.RECTIFYING)),
    /** 验收销号: 已整改 → 已销号, by another user than who marked it rectified, with a note. */
    VERIFY(RectificationStatus.VERIFIED, EnumSet.of(RectificationStatus.RECTIFIED)),
    /** 重新打开: the rectification did not hold (已整改 or 已销号 → 重新打开). */
    REOPEN(RectificationStatus.REOPENED, EnumSet.of(RectificationStatus.RECTIFIED, RectificationStatus.VERIFIED));

    private final RectificationStatus target;
    private final Set<RectificationStatus> from;

    RectificationStep(RectificationStatus target, Set<RectificationStatus> from) {
        this.target = target;
        this.from = from;
    }

    public RectificationStatus target() {
        return target;
    }

    public boolean allowedFrom(RectificationStatus status) {
        return from.contains(status);
    }

    @Override
    public String messageKey() {
        return "enum.rectificationStep." + name();
    }
}
