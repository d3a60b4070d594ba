package org.integritydesk.ui.common;

import java.util.function.Consumer;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;

/**
 * Reads a record again in the background and opens its form with what is stored now: the reload a
 * form offers after a save conflict ({@link SaveConflicts}). A failed read is shown under the form's title.
 */
public final class Reopener {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public Reopener(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** What reopens the form: reads with {@code read}, then hands the record to {@code open}. */
    public <R> Runnable reading(String formTitle, TaskRunner.Work<R> read, Consumer<R> open) {
        return () -> tasks.submit(read, open,
                failure -> dialogs.showError(formTitle, new ErrorDescriber(messages).describe(failure)));
    }
}
