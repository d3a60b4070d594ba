package org.integritydesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** What a user typed into the talk form, before {@link TalkRules#check} says what is wrong with it. */
public record TalkDraft(
        UUID cadreId,
        TalkKind kind,
        LocalDate date,
        String talkerName,
        UUID talkerCadreId,
        String recorderName,
        String content,
        String statement,
        String followUp) {
}
