package org.integritydesk.model;

import java.util.UUID;

/**
 * A cadre's answer to one checklist item: 无 ({@code issue} false) or 有 with an explanation.
 *
 * @param position        the item's place in the checklist, from 1
 * @param rectificationId the ledger item a declared issue became (null for 无 and before saving)
 * @param itemNumber      that item's number (ZG-2025-0001), when read
 */
public record DeclarationAnswer(int position, boolean issue, String explanation, UUID rectificationId,
        String itemNumber) {
    public static DeclarationAnswer none(int position) {
        return new DeclarationAnswer(position, false, null, null, null);
    }

    public static DeclarationAnswer issue(int position, String explanation) {
        return new DeclarationAnswer(position, true, explanation, null, null);
    }
}
