package org.integritydesk.model;

/** Whether a rule still applies. Stored by name: never rename one. */
public enum RegulationStatus implements Labelled {
    /** 现行有效 */
    IN_FORCE,
    /** 已废止 (with the date it was repealed) */
    REPEALED;

    @Override
    public String messageKey() {
        return "enum.regulationStatus." + name();
    }
}
