package org.integritydesk.model;

/**
 * One key figure of the home tab's row of big numbers (this year's activities, open problems ...).
 *
 * @param label what is counted, already in the reader's language
 * @param value the figure as shown ("128", "93.5%", "—" when there is nothing to count yet)
 * @param tabId the main-window tab that lists the records behind it; null when none does
 */
public record HomeFigure(String label, String value, String tabId) {
}
