package org.integritydesk.service.demo;

import org.integritydesk.model.CadreCategory;

/**
 * A position a demo cadre can hold, with the category it belongs to.
 *
 * @param important whether it is an important position (personnel, money, licences, enforcement
 *                  decisions), which gets a pre-appointment integrity talk
 * @param minimumAge the youngest a holder of the position plausibly is
 * @param leadership a post of the leading group or the head of a unit: held by someone in office,
 *                   not past retirement age, a party member
 */
record DemoRole(String position, CadreCategory category, boolean important, int minimumAge, boolean leadership) {

    static DemoRole leader(String position, int minimumAge) {
        return new DemoRole(position, CadreCategory.LEADING, true, minimumAge, true);
    }

    static DemoRole unitHead(String position, boolean important, int minimumAge) {
        return new DemoRole(position, CadreCategory.MIDDLE_LEVEL, important, minimumAge, true);
    }

    static DemoRole staff(String position, CadreCategory category, boolean important) {
        return new DemoRole(position, category, important, DemoCadres.YOUNGEST_AGE, false);
    }
}
