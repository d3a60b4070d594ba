package org.integritydesk.ui.common;

import javafx.scene.Node;

/**
 * How a main-window tab shows what other users changed on the shared server: it reads its records
 * again, keeping the user's filters and, where it can, the selection. The main window asks the shown
 * tab when a change notice comes, and a tab shown later when it is selected or the window regains the
 * focus. A tab's view implements it; {@link #attach} puts it in the tab's root node's properties.
 */
@FunctionalInterface
public interface TabRefresh {
    String KEY = "integritydesk.tabRefresh";

    /**
     * Reads the records again; false, reading nothing, while the tab holds input not yet saved that a
     * reload would overwrite (it stays out of date and is asked again when next shown or focused; the
     * save itself is refused if it was based on an older version).
     */
    boolean refresh();

    /** Returns {@code root}, carrying {@code controller}'s refresh when it has one. */
    static <N extends Node> N attach(N root, Object controller) {
        if (controller instanceof TabRefresh refresh) {
            root.getProperties().put(KEY, refresh);
        }
        return root;
    }

    /** The refresh {@code content} carries, if any. */
    static java.util.Optional<TabRefresh> of(Node content) {
        return content != null && content.getProperties().get(KEY) instanceof TabRefresh refresh
                ? java.util.Optional.of(refresh) : java.util.Optional.empty();
    }
}
