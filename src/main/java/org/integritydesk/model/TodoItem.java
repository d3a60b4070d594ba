package org.integritydesk.model;

import java.time.LocalDate;

/**
 * One line of the home tab's to-do list (an overdue rectification, a return visit due, a missing
 * pre-appointment talk, an unsigned commitment, an overdue responsibility task...).
 *
 * @param categoryKey message key of the kind of to-do, shown as its group (e.g. "todo.overdueRectification")
 * @param text        what is to be done, already in the reader's language (names, units, dates)
 * @param dueOn       when it is or was due; null when it has no date
 * @param tabId       the main-window tab that holds the record (a {@code MainView.FeatureTab} id)
 * @param recordId    the record to select in that tab, as text; null when the tab has no selection
 */
public record TodoItem(String categoryKey, String text, LocalDate dueOn, String tabId, String recordId) {
}
