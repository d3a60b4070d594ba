package org.integritydesk.ui.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.CommitmentRules;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import org.integritydesk.service.YearClosedException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The signing form of one commitment: the signing date (empty while not signed) and notes,
 * checked by {@link CommitmentRules} as the user types; saved only over the version that was opened.
 */
public final class CommitmentFormViewModel {
    private final CommitmentService commitments;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final Clock clock;
    private final CommitmentSummary opened;

    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean dateUnreadable;

    public CommitmentFormViewModel(CommitmentService commitments, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, CommitmentSummary opened) {
        this.commitments = commitments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.clock = clock;
        this.opened = opened;
        signedOn.set(opened.signedOn());
        notes.set(opened.notes() == null ? "" : opened.notes());
        signedOn.addListener(o -> revalidate());
        notes.addListener(o -> revalidate());
    }

    public void setDateUnreadable(boolean unreadable) {
        dateUnreadable = unreadable;
        revalidate();
    }

    private void revalidate() {
        errors.clear();
        for (FieldError e : CommitmentRules.checkSigning(opened.year(), signedOn.get(), notes.get(), LocalDate.now(clock))) {
            errors.putIfAbsent(e.field(), messages.of(e));
        }
        if (dateUnreadable) {
            errors.put("signedOn", messages.get("validation.date.format"));
        }
        summary.set(errors.isEmpty() ? "" : messages.get("commitment.form.errorSummary", errors.size()));
    }

    public void save(Consumer<Commitment> onSaved) {
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        LocalDate date = signedOn.get();
        String text = notes.get();
        saving.set(true);
        tasks.submit(ctx -> commitments.recordSigning(opened.id(), opened.version(), date, text), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof YearClosedException) {
                // not a field of the form: the commitment's year is closed (归档)
                dialogs.showError(messages.get("commitment.form.saveFailed"), new ErrorDescriber(messages).describe(failure));
            } else if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("commitment.form.conflictTitle"))) {
                dialogs.showError(messages.get("commitment.form.saveFailed"), new ErrorDescriber(messages).describe(failure));
            }
        });
    }

    public String title() {
        return messages.get("commitment.form.title", opened.cadreName(), opened.year());
    }

    public String cadreText() {
        return messages.get("talk.form.cadreChoice", opened.cadreName(), opened.unitName(), opened.position());
    }

    public ObjectProperty<LocalDate> signedOnProperty() {
        return signedOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
