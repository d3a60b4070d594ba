package org.integritydesk.model;

import java.time.LocalDate;

/**
 * One line of a file section filled by a later feature (a talk, a commitment, an activity...):
 * the date, a short title and a detail text, as the file view and the printed sheet list them.
 */
public record SectionEntry(LocalDate date, String title, String detail) {
}
