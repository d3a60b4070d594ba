package org.integritydesk.model;

import java.util.UUID;

/**
 * One cadre who reports at a session, in the order of the ballot's columns.
 *
 * @param name      the cadre's name as the file holds it
 * @param unitName  the cadre's unit
 * @param position  the cadre's post, as printed on the ballot
 */
public record ReportingCadre(UUID id, UUID sessionId, UUID cadreId, String name, String unitName, String position,
        ReportingCategory category, int order) {
}
