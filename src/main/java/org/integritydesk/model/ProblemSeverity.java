package org.integritydesk.model;

/**
 * 苗头性问题 / 轻微违纪 / 倾向性问题 / 反复性问题. Each suggests a response (DOMAIN.md "Rectification"):
 * minor violation → talk education, tendency → warning education, recurring among people already
 * punished → return-visit education; an incipient problem → a reminder that helps find and analyse it.
 * The user may choose another response.
 */
public enum ProblemSeverity implements Labelled {
    INCIPIENT(ProblemResponse.REMINDER),
    MINOR_VIOLATION(ProblemResponse.TALK_EDUCATION),
    TENDENCY(ProblemResponse.WARNING_EDUCATION),
    RECURRING(ProblemResponse.RETURN_VISIT_EDUCATION);

    private final ProblemResponse suggested;

    ProblemSeverity(ProblemResponse suggested) {
        this.suggested = suggested;
    }

    public ProblemResponse suggestedResponse() {
        return suggested;
    }

    @Override
    public String messageKey() {
        return "enum.problemSeverity." + name();
    }
}
