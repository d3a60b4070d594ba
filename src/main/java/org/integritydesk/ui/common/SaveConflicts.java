package org.integritydesk.ui.common;

import org.integritydesk.service.ConcurrentEditException;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;

/**
 * What a form does when its save is refused because another user saved the same record after it was
 * opened ({@link ConcurrentEditException}): it says who and when, and offers to load their version
 * into the form. Declining keeps everything typed, so it can be copied before reloading by hand.
 */
public final class SaveConflicts {
    private final DialogService dialogs;
    private final Messages messages;
    private Runnable reload;

    public SaveConflicts(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** How the form is opened again with what is stored now; without it the conflict is only told. */
    public void reloadWith(Runnable reload) {
        this.reload = reload;
    }

    /**
     * Deals with {@code failure} when it is a conflict: tells it under {@code title} and reloads when
     * the user agrees. Returns whether it was one (the caller reports any other failure itself).
     */
    public boolean handled(Throwable failure, String title) {
        if (!(failure instanceof ConcurrentEditException)) {
            return false;
        }
        String told = new ErrorDescriber(messages).describe(failure);
        if (reload == null) {
            dialogs.showError(title, told);
        } else if (dialogs.confirm(title, told + "\n\n" + messages.get("conflict.reloadQuestion"))) {
            reload.run();
        }
        return true;
    }
}
