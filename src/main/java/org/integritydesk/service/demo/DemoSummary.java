package org.integritydesk.service.demo;

/**
 * What a demo run stored.
 *
 * @param units units it created, the county bureau included when it set the database up
 * @param cadres cadres it created
 * @param familyEntries family-business rows it created
 */
public record DemoSummary(int units, int cadres, int familyEntries) {
}
