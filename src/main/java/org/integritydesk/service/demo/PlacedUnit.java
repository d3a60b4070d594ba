package org.integritydesk.service.demo;

import org.integritydesk.model.OrgUnit;

/** A planned demo unit and the stored unit the cadres planned for it go to. */
record PlacedUnit(DemoUnits.UnitPlan plan, OrgUnit unit) {
}
