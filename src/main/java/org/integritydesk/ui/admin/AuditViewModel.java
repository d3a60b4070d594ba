package org.integritydesk.ui.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 审计日志: events filtered by user, record, kind and date, newest first, a page at a time; and the
 * check of the hash chain, which names the first broken link.
 */
public final class AuditViewModel {
    public static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Writes the filtered events to a file; the export is itself audited with its purpose. */
    public interface Exports {
        long pdf(AuditFilter filter, String purpose, java.nio.file.Path target);

        long excel(AuditFilter filter, String purpose, java.nio.file.Path target);
    }

    private final AuditService audit;
    private final Exports exports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> recordId = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper recordLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<AuditEvent> selected = new SimpleObjectProperty<>();
    private long total;

    public AuditViewModel(AuditService audit, Exports exports, TaskRunner tasks, DialogService dialogs, Messages messages,
            ZoneId zone) {
        this.audit = audit;
        this.exports = exports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    public AuditFilter filter() {
        String who = actor.get() == null || actor.get().isBlank() ? null : actor.get().strip();
        return new AuditFilter(who, recordId.get(), kind.get() == null ? Set.of() : Set.of(kind.get()), from.get(), to.get());
    }

    /** Runs the query from the first page. */
    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            status.set(messages.get("audit.badRange"));
            return;
        }
        AuditFilter filter = filter();
        status.set(messages.get("common.loading"));
        tasks.submit(ctx -> new Page(audit.count(filter), audit.find(filter, 0, PAGE)), page -> {
            total = page.total();
            events.setAll(page.events());
            showCount();
        }, this::showError);
    }

    /** Appends the next page of the same query. */
    public void loadMore() {
        AuditFilter filter = filter();
        int offset = events.size();
        tasks.submit(ctx -> audit.find(filter, offset, PAGE), more -> {
            events.addAll(more);
            showCount();
        }, this::showError);
    }

    private record Page(long total, java.util.List<AuditEvent> events) {
    }

    private void showCount() {
        status.set(messages.get("audit.count", events.size(), total));
        hasMore.set(events.size() < total);
    }

    /** Narrows the list to the history of the selected event's record. */
    public void showRecordHistory() {
        AuditEvent event = selected.get();
        if (event == null || event.recordId() == null) {
            return;
        }
        recordId.set(event.recordId());
        recordLabel.set(messages.get("audit.recordFilter", event.recordLabel() == null ? "" : event.recordLabel()));
        search();
    }

    public void clearFilters() {
        actor.set("");
        kind.set(null);
        from.set(null);
        to.set(null);
        recordId.set(null);
        recordLabel.set("");
        search();
    }

    /** Checks the chain; the answer comes as a dialog. */
    public void verify() {
        status.set(messages.get("audit.verifying"));
        tasks.submit(ctx -> audit.verify(), result -> {
            if (result.intact()) {
                status.set(messages.get("audit.intact", result.events()));
                dialogs.showInfo(messages.get("audit.verifyTitle"), messages.get("audit.intact", result.events()));
            } else {
                var broken = result.firstBreak();
                String text = messages.get("cli.audit.broken", broken.sequence(), messages.label(broken.reason()));
                status.set(text);
                dialogs.showError(messages.get("audit.verifyTitle"), text);
            }
        }, this::showError);
    }

    /** Asks where to save and why, then writes the filtered events as a PDF ({@code "pdf"}) or Excel ({@code "xlsx"}). */
    public void export(String extension) {
        AuditFilter filter = filter();
        var target = dialogs.askSaveFile(messages.get("audit.export"), messages.get("audit.exportFileName", extension),
                extension);
        if (target.isEmpty()) {
            return;
        }
        var purpose = dialogs.askPurpose(messages.get("purpose.title"), messages.get("purpose.printMessage"),
                java.util.List.of(messages.get("purpose.inspection"), messages.get("purpose.routine")), null);
        if (purpose.isEmpty()) {
            return;
        }
        java.nio.file.Path file = target.get();
        status.set(messages.get("common.saving"));
        tasks.submit(ctx -> "pdf".equals(extension) ? exports.pdf(filter, purpose.get(), file)
                : exports.excel(filter, purpose.get(), file),
                count -> status.set(messages.get("audit.exported", count, file)), this::showError);
    }

    private void showError(Throwable failure) {
        status.set("");
        dialogs.showError(messages.get("audit.title"), new ErrorDescriber(messages).describe(failure));
    }

    public String when(AuditEvent e) {
        return WHEN.format(e.occurredAt().atZone(zone));
    }

    public String kindLabel(AuditKind value) {
        return value == null ? messages.get("filter.all") : messages.label(value);
    }

    public String record(AuditEvent e) {
        return e.recordLabel() == null ? "" : e.recordLabel();
    }

    /** "before → after" of a change, or what was recorded. */
    public String change(AuditEvent e) {
        if (e.before() != null && e.after() != null) {
            return e.before() + " → " + e.after();
        }
        return e.after() != null ? e.after() : e.before() == null ? "" : e.before();
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty recordLabelProperty() {
        return recordLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ObjectProperty<AuditEvent> selectedProperty() {
        return selected;
    }
}
