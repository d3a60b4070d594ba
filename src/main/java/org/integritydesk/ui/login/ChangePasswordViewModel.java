package org.integritydesk.ui.login;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.PasswordRules;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/** Changing one's own password: the old one, the new one twice, and a strength hint while typing. */
public final class ChangePasswordViewModel {
    /** Changes the logged-in user's password. */
    @FunctionalInterface
    public interface PasswordChanger {
        void change(char[] oldPassword, char[] newPassword);
    }

    private final PasswordChanger changer;
    private final TaskRunner tasks;
    private final Messages messages;
    private final String username;
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();

    public ChangePasswordViewModel(PasswordChanger changer, TaskRunner tasks, Messages messages, String username) {
        this.changer = changer;
        this.tasks = tasks;
        this.messages = messages;
        this.username = username;
        newPassword.addListener((o, a, typed) -> strength.set(typed == null || typed.isEmpty() ? ""
                : messages.get("password.strength", messages.label(PasswordRules.strength(typed)))));
    }

    public void change(Runnable onDone) {
        String problem = PasswordRules.problem(newPassword.get(), username);
        if (problem != null) {
            error.set(messages.get(problem, PasswordRules.MIN_LENGTH));
            return;
        }
        if (!newPassword.get().equals(confirmation.get())) {
            error.set(messages.get("validation.password.mismatch"));
            return;
        }
        char[] old = oldPassword.get().toCharArray();
        char[] fresh = newPassword.get().toCharArray();
        error.set("");
        working.set(true);
        tasks.submit(ctx -> {
            changer.change(old, fresh);
            return null;
        }, done -> {
            working.set(false);
            oldPassword.set("");
            newPassword.set("");
            confirmation.set("");
            onDone.run();
        }, failure -> {
            working.set(false);
            error.set(new ErrorDescriber(messages).describe(failure));
        });
    }

    public StringProperty oldPasswordProperty() {
        return oldPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
