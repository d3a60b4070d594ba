package org.integritydesk.ui.responsibility;

import java.util.function.Consumer;
import org.integritydesk.model.ResponsibilityTask;

/** Opens the responsibility task form as a window of its own. */
public interface ResponsibilityDialogs {
    /** Opens the form for a new task of {@code year} ({@code editing} null) or to edit one. */
    void openForm(ResponsibilityTask editing, int year, Consumer<ResponsibilityTask> onSaved);
}
