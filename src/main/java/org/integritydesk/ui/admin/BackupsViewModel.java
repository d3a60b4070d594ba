package org.integritydesk.ui.admin;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.BackupKind;
import org.integritydesk.service.BackupInfo;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 数据备份: the backups in the backup folder, "back up now", the folder (e.g. a USB drive), a check
 * of one backup, and restoring one (the window closes the database, restores, and asks for a login).
 */
public final class BackupsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final BackupService backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<Path> restoreAction;
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();

    /** {@code restoreAction} closes the database, restores the file and starts a new login. */
    public BackupsViewModel(BackupService backups, TaskRunner tasks, DialogService dialogs, Messages messages,
            Consumer<Path> restoreAction) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.restoreAction = restoreAction;
    }

    private record Listing(Path folder, java.util.List<BackupInfo> backups) {
    }

    public void reload() {
        tasks.submit(ctx -> new Listing(backups.backupFolder(), backups.listBackups()), listing -> {
            folder.set(listing.folder().toString());
            list.setAll(listing.backups());
        }, this::showError);
    }

    public void backupNow() {
        working.set(true);
        status.set(messages.get("backups.working"));
        tasks.submit(ctx -> backups.backupNow(BackupKind.MANUAL), done -> {
            working.set(false);
            status.set(messages.get("backups.done", done.file(), size(done)));
            reload();
        }, failure -> {
            working.set(false);
            status.set("");
            showError(failure);
        });
    }

    public void changeFolder(Path chosen) {
        if (chosen == null) {
            return;
        }
        tasks.submit(ctx -> {
            backups.setBackupFolder(chosen);
            return chosen;
        }, done -> reload(), this::showError);
    }

    public void verifySelected() {
        BackupInfo backup = selected.get();
        if (backup == null) {
            return;
        }
        status.set(messages.get("backups.verifying"));
        tasks.submit(ctx -> backups.verify(backup.file()), rows -> {
            status.set(messages.get("backups.verified", backup.file().getFileName(), rows.getOrDefault("CADRE", 0L)));
            dialogs.showInfo(messages.get("backups.title"), status.get());
        }, this::showError);
    }

    /** After a confirmation naming what will be replaced, hands the chosen backup to the window. */
    public void restoreSelected() {
        BackupInfo backup = selected.get();
        if (backup == null) {
            return;
        }
        if (dialogs.confirm(messages.get("backups.restoreTitle"),
                messages.get("backups.restoreConfirm", backup.file().getFileName(), when(backup)))) {
            restoreAction.accept(backup.file());
        }
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("backups.title"), new ErrorDescriber(messages).describe(failure));
    }

    public String when(BackupInfo backup) {
        return WHEN.format(backup.time());
    }

    public String kind(BackupInfo backup) {
        return messages.label(backup.kind());
    }

    public String size(BackupInfo backup) {
        return String.format("%.1f MB", backup.sizeBytes() / 1024.0 / 1024.0);
    }

    public ObservableList<BackupInfo> backups() {
        return list;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
