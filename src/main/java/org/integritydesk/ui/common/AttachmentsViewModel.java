package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.Attachment;
import org.integritydesk.service.AttachmentService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;

/**
 * The attachments of one record, as any feature's screen shows them (see {@link AttachmentsPane}):
 * the list, and 添加… / 打开 / 删除. Copying in, decrypting for the viewer and removing run through
 * the {@link TaskRunner}; the screen says what is going on and never waits for a file.
 */
public final class AttachmentsViewModel {
    private final AttachmentService attachments;
    private final String ownerType;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileDesk desk;
    private final Messages messages;
    private final ErrorDescriber errors;

    private final ObservableList<Attachment> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UUID> owner = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final ObjectProperty<Attachment> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding addDisabled;
    private final BooleanBinding openDisabled;
    private final BooleanBinding removeDisabled;
    /** Counts loads so that an answer for a record no longer shown is dropped. */
    private int generation;

    public AttachmentsViewModel(AttachmentService attachments, String ownerType, TaskRunner tasks, DialogService dialogs,
            FileDesk desk, Messages messages) {
        this.attachments = attachments;
        this.ownerType = ownerType;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.desk = desk;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
        addDisabled = Bindings.createBooleanBinding(() -> owner.get() == null || !editable.get() || busy.get(), owner,
                editable, busy);
        openDisabled = Bindings.createBooleanBinding(() -> selected.get() == null || busy.get(), selected, busy);
        removeDisabled = Bindings.createBooleanBinding(() -> selected.get() == null || !editable.get() || busy.get(),
                selected, editable, busy);
        status.set(messages.get("attachments.noRecord"));
    }

    /** Shows the attachments of {@code ownerId} (null: no record chosen, or not saved yet). */
    public void show(UUID ownerId, boolean mayChange) {
        owner.set(ownerId);
        editable.set(mayChange);
        selected.set(null);
        items.clear();
        generation++;
        if (ownerId == null) {
            status.set(messages.get("attachments.noRecord"));
            return;
        }
        reload();
    }

    public void reload() {
        UUID ownerId = owner.get();
        if (ownerId == null) {
            return;
        }
        int asked = ++generation;
        tasks.submit(ctx -> attachments.list(ownerType, ownerId), list -> {
            if (asked == generation) {
                items.setAll(list);
                status.set(messages.get("attachments.count", list.size()));
            }
        }, failure -> {
            if (asked == generation) {
                status.set(errors.describe(failure));
            }
        });
    }

    /** 添加…: asks for files and copies them in. */
    public void addChosen() {
        if (addDisabled.get()) {
            return;
        }
        List<Path> chosen = desk.chooseFiles(messages.get("attachments.choose"));
        addFiles(chosen);
    }

    /**
     * Copies files in, one after another, in the background (also for files dropped on the list).
     * A file that cannot be attached is named in one message; the others are still attached.
     */
    public void addFiles(List<Path> files) {
        UUID ownerId = owner.get();
        if (files.isEmpty() || ownerId == null || !editable.get() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("attachments.adding", files.size()));
        tasks.submit(ctx -> {
            List<String> failures = new ArrayList<>();
            int done = 0;
            for (Path file : files) {
                try {
                    attachments.add(ownerType, ownerId, file);
                } catch (RuntimeException e) {
                    failures.add(errors.describe(e));
                }
                ctx.progress(++done, files.size());
            }
            return failures;
        }, failures -> {
            busy.set(false);
            reload();
            if (!failures.isEmpty()) {
                dialogs.showError(messages.get("attachments.addFailed"), String.join("\n", failures));
            }
        }, failure -> {
            busy.set(false);
            reload();
            dialogs.showError(messages.get("attachments.addFailed"), errors.describe(failure));
        });
    }

    /** 打开: decrypts the selected file to a temporary file and hands it to the system's viewer. */
    public void openSelected() {
        Attachment attachment = selected.get();
        if (attachment == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("attachments.opening", attachment.originalName()));
        tasks.submit(ctx -> {
            Path file = attachments.openAsTempFile(attachment.id());
            desk.openInViewer(file);
            return file;
        }, file -> {
            busy.set(false);
            status.set(messages.get("attachments.opened", attachment.originalName()));
        }, failure -> {
            busy.set(false);
            status.set(messages.get("attachments.count", items.size()));
            dialogs.showError(messages.get("attachments.openFailed"), errors.describe(failure));
        });
    }

    /** 删除: removes the selected attachment after the user confirms. */
    public void removeSelected() {
        Attachment attachment = selected.get();
        if (attachment == null || !editable.get() || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("attachments.remove.title"),
                messages.get("attachments.remove.confirm", attachment.originalName()))) {
            return;
        }
        busy.set(true);
        tasks.submit(ctx -> {
            attachments.remove(attachment.id(), attachment.version());
            return null;
        }, done -> {
            busy.set(false);
            reload();
        }, failure -> {
            busy.set(false);
            reload();
            dialogs.showError(messages.get("attachments.removeFailed"), errors.describe(failure));
        });
    }

    /** "规章制度.pdf（1.2 MB）" */
    public String describe(Attachment attachment) {
        return messages.get("attachments.item", attachment.originalName(), size(attachment.size()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public ObservableList<Attachment> items() {
        return items;
    }

    public ObjectProperty<Attachment> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UUID> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding addDisabled() {
        return addDisabled;
    }

    public BooleanBinding openDisabled() {
        return openDisabled;
    }

    public BooleanBinding removeDisabled() {
        return removeDisabled;
    }

    /** Whether files dragged over the list may be dropped. */
    public boolean acceptsDrop() {
        return !addDisabled.get();
    }
}
