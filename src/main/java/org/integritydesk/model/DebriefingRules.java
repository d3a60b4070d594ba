package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The session form's and the representative form's rules (DOMAIN.md: codes, mobile numbers, names). */
public final class DebriefingRules {
    public static final int MAX_PLACE = 100;
    public static final int MAX_NAME = 50;
    public static final int MAX_ORGANISATION = 100;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_VOTERS = BallotRules.MAX_BALLOTS;

    private DebriefingRules() {
    }

    public static List<FieldError> check(DebriefingDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.date() == null) {
            errors.add(new FieldError("date", "validation.debriefing.dateRequired"));
        } else if (d.date().getYear() > today.getYear() + 1) {
            errors.add(new FieldError("date", "validation.debriefing.dateTooFar", today.getYear() + 1));
        }
        if (d.place() == null || d.place().isBlank()) {
            errors.add(new FieldError("place", "validation.debriefing.placeRequired"));
        } else if (length(d.place()) > MAX_PLACE) {
            errors.add(new FieldError("place", "validation.debriefing.tooLong", MAX_PLACE));
        }
        if (d.organisingUnitId() == null) {
            errors.add(new FieldError("unit", "validation.debriefing.unitRequired"));
        }
        if (d.formula() == null) {
            errors.add(new FieldError("formula", "validation.debriefing.formulaRequired"));
        }
        if (d.expectedVoters() == null || d.expectedVoters() < 1 || d.expectedVoters() > MAX_VOTERS) {
            errors.add(new FieldError("expectedVoters", "validation.debriefing.expectedVoters", MAX_VOTERS));
        }
        return errors;
    }

    public static List<FieldError> check(Representative r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.kind() == null) {
            errors.add(new FieldError("kind", "validation.representative.kindRequired"));
        }
        if (r.name() == null || r.name().isBlank()) {
            errors.add(new FieldError("name", "validation.representative.nameRequired"));
        } else if (length(r.name()) > MAX_NAME) {
            errors.add(new FieldError("name", "validation.debriefing.tooLong", MAX_NAME));
        }
        if (r.organisation() == null || r.organisation().isBlank()) {
            errors.add(new FieldError("organisation", "validation.representative.organisationRequired"));
        } else if (length(r.organisation()) > MAX_ORGANISATION) {
            errors.add(new FieldError("organisation", "validation.debriefing.tooLong", MAX_ORGANISATION));
        }
        boolean hasCode = r.creditCode() != null && !r.creditCode().isBlank();
        if (r.kind() != null && r.kind().needsCreditCode() && !hasCode) {
            errors.add(new FieldError("creditCode", "validation.creditCode.required"));
        } else if (hasCode) {
            SocialCreditCode.problem(r.creditCode())
                    .ifPresent(p -> errors.add(new FieldError("creditCode", p.messageKey())));
        }
        if (r.mobile() != null && !r.mobile().isBlank() && !MobileNumber.isValid(r.mobile())) {
            errors.add(new FieldError("mobile", "validation.representative.mobile"));
        }
        return errors;
    }

    public static List<FieldError> checkComment(String question, String answer) {
        List<FieldError> errors = new ArrayList<>();
        if (question == null || question.isBlank()) {
            errors.add(new FieldError("question", "validation.comment.questionRequired"));
        } else if (length(question) > MAX_TEXT) {
            errors.add(new FieldError("question", "validation.debriefing.tooLong", MAX_TEXT));
        }
        if (answer != null && length(answer) > MAX_TEXT) {
            errors.add(new FieldError("answer", "validation.debriefing.tooLong", MAX_TEXT));
        }
        return errors;
    }

    private static int length(String text) {
        String s = text.strip();
        return s.codePointCount(0, s.length());
    }
}
