package org.integritydesk.model;

/** The relatives whose business activities a cadre declares (配偶子女及其配偶). */
public enum FamilyRelation implements Labelled {
    SPOUSE, SON, DAUGHTER, SON_IN_LAW, DAUGHTER_IN_LAW;

    public String messageKey() {
        return "enum.familyRelation." + name();
    }
}
