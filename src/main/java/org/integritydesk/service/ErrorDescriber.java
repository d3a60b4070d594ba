package org.integritydesk.service;

import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.integritydesk.store.DatabaseInUseException;

/** Turns a failure from background work into one sentence a clerk can act on. */
public final class ErrorDescriber {
    private final Messages messages;

    public ErrorDescriber(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        if (error instanceof ValidationException invalid) {
            return invalid.errors().stream().map(messages::of).collect(Collectors.joining("\n"));
        }
        if (error instanceof ServiceException known) {
            return messages.get(known.messageKey(), known.args());
        }
        if (error instanceof DatabaseInUseException inUse) {
            return messages.get("error.database.inUse", inUse.dataDir());
        }
        if (error instanceof CancellationException) {
            return messages.get("error.cancelled");
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return messages.get("error.unexpected", detail);
    }
}
