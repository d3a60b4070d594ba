package org.integritydesk.service;

/**
 * The unit code of the site this installation serves, stamped on every row it creates as
 * {@code origin_unit}. Known once the bureau is set up; empty before.
 */
public final class SiteIdentity {
    private volatile String unitCode = "";

    public String unitCode() {
        return unitCode;
    }

    void set(String code) {
        this.unitCode = code;
    }
}
