package org.integritydesk.ui.setup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.ServerForm;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The first start's other way: instead of a new database on this PC, use the county office's
 * database server that another PC's data were moved to. The server is checked (connection, this
 * program's data and users on it) before anything is saved; then the login window opens.
 */
public final class JoinServerViewModel {
    /** Checks the server and saves it as this folder's database (runs in the background). */
    @FunctionalInterface
    public interface JoinAction {
        void join(DatabaseChoice server);
    }

    private final JoinAction action;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ServerForm form = new ServerForm();
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private Runnable onJoined = () -> { };

    public JoinServerViewModel(JoinAction action, TaskRunner tasks, Messages messages) {
        this.action = action;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** What to do once the server is saved: the window shows the login. */
    public void setOnJoined(Runnable onJoined) {
        this.onJoined = onJoined;
    }

    /** Checks the form, then the server in the background; a problem is told under the form. */
    public void join() {
        DatabaseChoice server;
        try {
            server = form.choice(DatabaseMode.SERVER);
        } catch (ValidationException e) {
            error.set(new ErrorDescriber(messages).describe(e));
            return;
        }
        error.set("");
        working.set(true);
        progressText.set(messages.get("setup.join.checking", server.address()));
        tasks.submit(ctx -> {
            action.join(server);
            return server;
        }, joined -> {
            working.set(false);
            progressText.set("");
            form.passwordProperty().set("");
            onJoined.run();
        }, failure -> {
            working.set(false);
            progressText.set("");
            error.set(new ErrorDescriber(messages).describe(failure));
        });
    }

    public ServerForm form() {
        return form;
    }

    /** Whether the window shows this way (joining a server) rather than a new database here. */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
