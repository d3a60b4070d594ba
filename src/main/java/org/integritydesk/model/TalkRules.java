package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a talk must pass before it is saved (whether the cadres exist is the service's job). */
public final class TalkRules {
    public static final int MAX_TEXT = 2000;

    private TalkRules() {
    }

    /**
     * Every broken rule of the draft, one per field at most; empty when it may be saved.
     *
     * @param cadreName the name of the cadre talked to (null when none is chosen): a talker typed by
     *                  name alone who bears that name is taken to be the cadre themself
     */
    public static List<FieldError> check(TalkDraft draft, String cadreName, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.cadreId() == null) {
            errors.add(new FieldError("cadre", "validation.required"));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (draft.date() == null) {
            errors.add(new FieldError("date", "validation.required"));
        } else if (draft.date().isAfter(today)) {
            errors.add(new FieldError("date", "validation.dateInFuture"));
        }
        String talkerProblem = PersonName.problem(draft.talkerName());
        if (talkerProblem != null) {
            errors.add(new FieldError("talker", talkerProblem, PersonName.MAX_CODE_POINTS));
        } else if (talkerIsCadre(draft, cadreName)) {
            errors.add(new FieldError("talker", "validation.talk.talkerIsCadre"));
        }
        String recorderProblem = PersonName.problem(draft.recorderName());
        if (recorderProblem != null) {
            errors.add(new FieldError("recorder", recorderProblem, PersonName.MAX_CODE_POINTS));
        }
        if (draft.content() == null || draft.content().isBlank()) {
            errors.add(new FieldError("content", "validation.required"));
        }
        checkLength(errors, "content", draft.content());
        checkLength(errors, "statement", draft.statement());
        checkLength(errors, "followUp", draft.followUp());
        return errors;
    }

    /** The talker cannot be the cadre talked to: the same file, or (unlinked) the same name. */
    public static boolean talkerIsCadre(TalkDraft draft, String cadreName) {
        if (draft.cadreId() == null) {
            return false;
        }
        if (draft.talkerCadreId() != null) {
            return draft.talkerCadreId().equals(draft.cadreId());
        }
        return cadreName != null && !cadreName.isBlank()
                && PersonName.normalise(draft.talkerName()).equals(PersonName.normalise(cadreName));
    }

    private static void checkLength(List<FieldError> errors, String field, String text) {
        if (text != null && PersonName.codePointLength(text.strip()) > MAX_TEXT
                && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "validation.tooLong", MAX_TEXT));
        }
    }
}
