package org.integritydesk.model;

/** What a problem concerns: the four inspection areas, or something else. Stored by name. */
public enum ProblemCategory implements Labelled {
    LAWFUL_ADMINISTRATION, WORK_EFFICIENCY, CIVIL_SERVICE, INTEGRITY, OTHER;

    /** The category of a problem found while checking {@code area}. */
    public static ProblemCategory of(InspectionArea area) {
        return switch (area) {
            case LAWFUL_ADMINISTRATION -> LAWFUL_ADMINISTRATION;
            case WORK_EFFICIENCY -> WORK_EFFICIENCY;
            case CIVIL_SERVICE -> CIVIL_SERVICE;
            case INTEGRITY -> INTEGRITY;
        };
    }

    @Override
    public String messageKey() {
        return "enum.problemCategory." + name();
    }
}
