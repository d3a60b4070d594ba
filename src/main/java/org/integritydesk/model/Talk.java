package org.integritydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One integrity talk (廉政谈话) as stored.
 *
 * @param talkerCadreId the talker's own file when the talker is a cadre on file; null otherwise
 */
public record Talk(
        UUID id,
        UUID cadreId,
        TalkKind kind,
        LocalDate date,
        String talkerName,
        UUID talkerCadreId,
        String recorderName,
        String content,
        String statement,
        String followUp,
        RecordStamp stamp,
        Instant deletedAt) {

    public int version() {
        return stamp.version();
    }

    public int year() {
        return date.getYear();
    }
}
