package org.integritydesk.ui.login;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The login window: user name and password, checked in the background (deriving the key takes
 * about half a second on purpose). The password field is cleared after every attempt.
 */
public final class LoginViewModel {
    /** Logs in; returns whether the user must change their password before going on. */
    @FunctionalInterface
    public interface LoginAction {
        boolean login(String username, char[] password);
    }

    private final LoginAction action;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();

    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");

    public LoginViewModel(LoginAction action, TaskRunner tasks, Messages messages, String lastUsername) {
        this.action = action;
        this.tasks = tasks;
        this.messages = messages;
        this.username.set(lastUsername == null ? "" : lastUsername);
    }

    /** {@code onSuccess} receives whether a password change is required first. */
    public void login(java.util.function.Consumer<Boolean> onSuccess) {
        String user = username.get() == null ? "" : username.get().strip();
        if (user.isEmpty() || password.get() == null || password.get().isEmpty()) {
            error.set(messages.get("login.missing"));
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        error.set("");
        working.set(true);
        tasks.submit(ctx -> action.login(user, typed), mustChange -> {
            working.set(false);
            onSuccess.accept(mustChange);
        }, failure -> {
            working.set(false);
            error.set(new ErrorDescriber(messages).describe(failure));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Which database the login opens, when it is not this PC's own (a server): shown under the title. */
    public void showDatabase(String text) {
        database.set(text == null ? "" : text);
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
