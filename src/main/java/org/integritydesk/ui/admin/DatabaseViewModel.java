package org.integritydesk.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.TableComparison;
import org.integritydesk.service.DataMoveService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.ConnectionOutcome;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.DatabaseSettingsService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.ServerForm;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 系统管理 → 数据库: the embedded database or a PostgreSQL server, the server's address and login,
 * "测试连接" and "保存" (takes effect at the next start).
 */
public final class DatabaseViewModel {
    /** How a test or a save ended, for the colour of the status line. */
    public enum StatusKind {
        NONE, OK, PROBLEM
    }

    private final DatabaseSettingsService settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    /** The move of the data ({@link DataMoveService#moveTo}). */
    @FunctionalInterface
    public interface Mover {
        DataMoveService.MoveReport move(DatabaseChoice target, DataMoveService.Progress progress,
                java.util.function.BooleanSupplier cancelled);
    }

    private final BooleanProperty server = new SimpleBooleanProperty();
    private final ServerForm form = new ServerForm();
    private final ReadOnlyStringWrapper passwordHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final Mover moves;
    private final boolean embeddedNow;
    private final ReadOnlyDoubleWrapper moveProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper();
    private final ObservableList<TableComparison> comparisons = FXCollections.observableArrayList();

    /**
     * @param current the database this program runs on now, as the screen states it
     * @param embeddedNow whether that is the embedded database (only its data can be moved)
     */
    public DatabaseViewModel(DatabaseSettingsService settings, Mover moves, TaskRunner tasks,
            DialogService dialogs, Messages messages, String current, boolean embeddedNow) {
        this.settings = settings;
        this.moves = moves;
        this.embeddedNow = embeddedNow;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.current.set(current);
    }

    /** Fills the form with the saved choice (the password field stays empty: a saved one is kept). */
    public void load() {
        tasks.submit(ctx -> settings.saved(), saved -> {
            DatabaseChoice choice = saved.choice();
            server.set(choice.onServer());
            form.show(choice);
            passwordHint.set(saved.passwordUnreadable() ? messages.get("database.passwordUnreadable")
                    : saved.passwordSaved() ? messages.get("database.passwordSaved") : "");
        }, this::showError);
    }

    public void testConnection() {
        DatabaseChoice choice = formChoice(DatabaseMode.SERVER);
        if (choice == null) {
            return;
        }
        working.set(true);
        report(StatusKind.NONE, messages.get("database.testing", choice.address()));
        tasks.submit(ctx -> settings.test(choice), result -> {
            working.set(false);
            report(result.ok() ? StatusKind.OK : StatusKind.PROBLEM, describe(result, choice));
        }, failure -> {
            working.set(false);
            report(StatusKind.PROBLEM, new ErrorDescriber(messages).describe(failure));
        });
    }

    public void save() {
        DatabaseChoice choice = server.get() ? formChoice(DatabaseMode.SERVER) : embeddedChoice();
        if (choice == null) {
            return;
        }
        working.set(true);
        tasks.submit(ctx -> {
            settings.save(choice);
            return choice;
        }, saved -> {
            working.set(false);
            report(StatusKind.OK, messages.get(saved.onServer() ? "database.savedServer" : "database.savedEmbedded",
                    saved.address()));
            load();
        }, failure -> {
            working.set(false);
            report(StatusKind.PROBLEM, new ErrorDescriber(messages).describe(failure));
        });
    }

    /**
     * Moves the embedded database's data to the server of the form, after a confirmation: a
     * progress bar while it copies, then the table of row counts and hashes of both sides.
     */
    public void moveToServer() {
        DatabaseChoice choice = formChoice(DatabaseMode.SERVER);
        if (choice == null || !embeddedNow) {
            return;
        }
        if (!dialogs.confirm(messages.get("database.moveTitle"), messages.get("database.moveConfirm", choice.address()))) {
            return;
        }
        moving.set(true);
        working.set(true);
        moveProgress.set(0);
        comparisons.clear();
        report(StatusKind.NONE, messages.get("database.moving", choice.address()));
        tasks.submit(ctx -> moves.move(choice, ctx::progress, ctx::isCancelled), done -> {
            moving.set(false);
            working.set(false);
            moveProgress.set(1);
            comparisons.setAll(done.tables());
            report(StatusKind.OK, messages.get("database.moved", done.rows(), done.tables().size(), choice.address()));
            load();
        }, failure -> {
            moving.set(false);
            working.set(false);
            if (failure instanceof DataMoveService.MoveMismatchException mismatch) {
                comparisons.setAll(mismatch.report().tables());
            }
            report(StatusKind.PROBLEM, new ErrorDescriber(messages).describe(failure));
        }, moveProgress::set);
    }

    /** "是" when a table is the same on both sides. */
    public String same(TableComparison table) {
        return messages.get(table.matches() ? "cli.database.yes" : "cli.database.no");
    }

    /** The server's words with the outcome, in the user's language. */
    public String describe(ConnectionCheck result, DatabaseChoice choice) {
        String version = result.version() == null ? "" : result.version().display();
        String text = messages.get(result.outcome().messageKey(), choice.host(), String.valueOf(choice.port()),
                choice.database(), choice.user(), version, result.detail());
        return result.outcome() == ConnectionOutcome.OTHER || result.outcome() == ConnectionOutcome.OK ? text
                : text + (result.detail().isBlank() ? "" : "\n" + messages.get("database.serverSaid", result.detail()));
    }

    /** The form as a server choice, or null after saying which fields are wrong. */
    DatabaseChoice formChoice(DatabaseMode mode) {
        try {
            return form.choice(mode);
        } catch (ValidationException e) {
            report(StatusKind.PROBLEM, new ErrorDescriber(messages).describe(e));
            return null;
        }
    }

    private DatabaseChoice embeddedChoice() {
        return form.asTyped(DatabaseMode.EMBEDDED);
    }

    private void report(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("database.title"), new ErrorDescriber(messages).describe(failure));
    }

    public BooleanProperty serverProperty() {
        return server;
    }

    public StringProperty hostProperty() {
        return form.hostProperty();
    }

    public StringProperty portProperty() {
        return form.portProperty();
    }

    public StringProperty databaseProperty() {
        return form.databaseProperty();
    }

    public StringProperty userProperty() {
        return form.userProperty();
    }

    public StringProperty passwordProperty() {
        return form.passwordProperty();
    }

    public BooleanProperty tlsProperty() {
        return form.tlsProperty();
    }

    public ReadOnlyStringProperty passwordHintProperty() {
        return passwordHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty moveProgressProperty() {
        return moveProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    public ObservableList<TableComparison> comparisons() {
        return comparisons;
    }

    /** Whether the data of this database may be moved (it is the embedded one). */
    public boolean mayMove() {
        return embeddedNow;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
