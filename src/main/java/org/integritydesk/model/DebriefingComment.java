package org.integritydesk.model;

import java.util.UUID;

/**
 * A representative's question or comment at a session and the reporting cadre's answer; once turned into
 * a ledger item it names that item.
 *
 * @param representativeId  who asked (null when the representative is not on the list)
 * @param reportingCadreId  whom it was put to (null for the bureau as a whole)
 */
public record DebriefingComment(UUID id, UUID sessionId, UUID representativeId, String representativeName,
        UUID reportingCadreId, String cadreName, String question, String answer, UUID rectificationId,
        String rectificationNumber, RecordStamp stamp) {

    public int version() {
        return stamp.version();
    }

    public boolean inLedger() {
        return rectificationId != null;
    }
}
