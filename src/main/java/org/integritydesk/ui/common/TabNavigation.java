package org.integritydesk.ui.common;

/**
 * What a main-window tab does when another tab (the home tab) opens it for some records: apply a
 * filter and select a record, where the tab supports them. A tab's view puts its handler in its root
 * node's properties under {@link #KEY}; a tab without one is only selected.
 */
@FunctionalInterface
public interface TabNavigation {
    String KEY = "integritydesk.tabNavigation";

    /**
     * @param filterValue what to filter by (a unit code...), or null
     * @param recordId    the record to select, or null
     */
    void show(String filterValue, String recordId);
}
