package org.integritydesk.ui.setup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.PasswordRules;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * First start: the administrator's account, the county bureau's name and six-digit code (or the
 * demo data, which brings its own Ji'an County bureau), then the recovery code shown once.
 */
public final class SetupViewModel {
    /** What the first-start window asks for. */
    public record SetupRequest(String adminUsername, char[] adminPassword, String bureauName, String bureauCode,
            boolean loadDemo) {
    }

    /** Creates the encrypted database and returns the recovery code to show once. */
    @FunctionalInterface
    public interface SetupAction {
        String run(SetupRequest request, TaskRunner.WorkContext context);
    }

    private final SetupAction action;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty adminUsername = new SimpleStringProperty("admin");
    private final StringProperty adminPassword = new SimpleStringProperty("");
    private final StringProperty adminConfirmation = new SimpleStringProperty("");
    private final StringProperty bureauName = new SimpleStringProperty("");
    private final StringProperty bureauCode = new SimpleStringProperty("");
    private final BooleanProperty loadDemo = new SimpleBooleanProperty(false);
    private final BooleanProperty recoveryCodeKept = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");

    public SetupViewModel(SetupAction action, TaskRunner tasks, Messages messages) {
        this.action = action;
        this.tasks = tasks;
        this.messages = messages;
        adminPassword.addListener((o, a, typed) -> strength.set(typed == null || typed.isEmpty() ? ""
                : messages.get("password.strength", messages.label(PasswordRules.strength(typed)))));
    }

    /** Checks the form, then sets up in the background; the recovery code appears when done. */
    public void finish() {
        String problem = PasswordRules.problem(adminPassword.get(), adminUsername.get());
        if (adminUsername.get() == null || adminUsername.get().isBlank()) {
            error.set(messages.get("error.user.usernameFormat"));
            return;
        }
        if (problem != null) {
            error.set(messages.get(problem, PasswordRules.MIN_LENGTH));
            return;
        }
        if (!adminPassword.get().equals(adminConfirmation.get())) {
            error.set(messages.get("validation.password.mismatch"));
            return;
        }
        SetupRequest request = new SetupRequest(adminUsername.get().strip(), adminPassword.get().toCharArray(),
                bureauName.get(), bureauCode.get(), loadDemo.get());
        error.set("");
        working.set(true);
        progressText.set(messages.get(request.loadDemo() ? "setup.loadingDemo" : "common.saving"));
        tasks.submit(ctx -> action.run(request, ctx), code -> {
            working.set(false);
            progressText.set("");
            adminPassword.set("");
            adminConfirmation.set("");
            recoveryCode.set(code);
        }, failure -> {
            working.set(false);
            progressText.set("");
            error.set(new ErrorDescriber(messages).describe(failure));
        }, fraction -> progressText.set(messages.get("setup.progress", Math.round(fraction * 100))));
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty adminPasswordProperty() {
        return adminPassword;
    }

    public StringProperty adminConfirmationProperty() {
        return adminConfirmation;
    }

    public StringProperty bureauNameProperty() {
        return bureauName;
    }

    public StringProperty bureauCodeProperty() {
        return bureauCode;
    }

    public BooleanProperty loadDemoProperty() {
        return loadDemo;
    }

    public BooleanProperty recoveryCodeKeptProperty() {
        return recoveryCodeKept;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryCodeProperty() {
        return recoveryCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }
}
