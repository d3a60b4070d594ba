package org.integritydesk.model;

import java.util.UUID;

/** A unit's education figures for one year: activities it organised, and its cadres' attendance. */
public record UnitEducationTotals(UUID unitId, String unitName, int activitiesOrganised, AttendanceTally attendance) {
}
