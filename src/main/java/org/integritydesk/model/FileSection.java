package org.integritydesk.model;

/** The sections of a clean-government file, in the order they are shown and printed. */
public enum FileSection implements Labelled {
    BASIC, FAMILY_BUSINESS, TALKS, COMMITMENTS, EDUCATION, DEBRIEFING, ASSESSMENT, PROBLEMS;

    public String messageKey() {
        return "enum.fileSection." + name();
    }
}
