package org.integritydesk.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Locks the screen after a time without keyboard or mouse input and asks the logged-in user's
 * password again. Nothing is closed while locked, so a half-filled form is still there after.
 */
public final class IdleLockViewModel {
    /** Checks the logged-in user's password (counting failures as a login does). */
    @FunctionalInterface
    public interface PasswordCheck {
        void check(char[] password);
    }

    private final Clock clock;
    private final Duration timeout;
    private final PasswordCheck passwordCheck;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private Instant lastActivity;

    public IdleLockViewModel(Clock clock, Duration timeout, PasswordCheck passwordCheck, TaskRunner tasks,
            Messages messages) {
        this.clock = clock;
        this.timeout = timeout;
        this.passwordCheck = passwordCheck;
        this.tasks = tasks;
        this.messages = messages;
        this.lastActivity = clock.instant();
    }

    /** The user typed or moved the mouse. */
    public void activity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Called now and then (every few seconds): locks once the idle time has passed. */
    public void tick() {
        if (!locked.get() && !timeout.isZero() && Duration.between(lastActivity, clock.instant()).compareTo(timeout) >= 0) {
            locked.set(true);
            error.set("");
        }
    }

    /** The user locks the screen on purpose (leaving the desk). */
    public void lockNow() {
        locked.set(true);
        error.set("");
    }

    public void unlock() {
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        if (typed.length == 0) {
            error.set(messages.get("login.missing"));
            return;
        }
        working.set(true);
        tasks.submit(ctx -> {
            passwordCheck.check(typed);
            return null;
        }, done -> {
            working.set(false);
            error.set("");
            lastActivity = clock.instant();
            locked.set(false);
        }, failure -> {
            working.set(false);
            error.set(new ErrorDescriber(messages).describe(failure));
        });
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
