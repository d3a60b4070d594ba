package org.integritydesk.ui.years;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.ClosedYear;
import org.integritydesk.model.YearState;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.ArchiveSummary;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.OpenedArchive;
import org.integritydesk.service.YearService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 年度归档: the years with their state; closing one (after a confirmation saying what it means),
 * reopening one (confirmed, with a required reason), checking an archive file and opening one to
 * read its cadre list. Every call to the service runs through the {@link TaskRunner}.
 */
public final class YearsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What an opened archive shows: its header and cadres, read at once (the archive is closed again). */
    public record ArchiveContents(ArchiveSummary summary, List<CadreSummary> cadres) {
    }

    private final YearService years;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final boolean mayChange;
    private final ObservableList<YearStatus> list = FXCollections.observableArrayList();
    private final ObjectProperty<YearStatus> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ArchiveContents> opened = new ReadOnlyObjectWrapper<>();

    /** @param mayChange whether the user may close and reopen years and open archives (an inspector) */
    public YearsViewModel(YearService years, TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone,
            boolean mayChange) {
        this.years = years;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
        this.mayChange = mayChange;
    }

    public void reload() {
        reload(this::showError);
    }

    private void reload(java.util.function.Consumer<Throwable> onFailure) {
        Integer keep = selected.get() == null ? null : selected.get().year();
        tasks.submit(ctx -> years.list(), loaded -> {
            list.setAll(loaded);
            selected.set(loaded.stream().filter(y -> keep != null && y.year() == keep).findFirst().orElse(null));
        }, onFailure);
    }

    /** Closes the selected year once the user has confirmed what that means. */
    public void closeSelected() {
        YearStatus year = selected.get();
        if (year == null || year.state() == YearState.CLOSED) {
            return;
        }
        String y = String.valueOf(year.year());
        if (!dialogs.confirm(messages.get("years.closeTitle"), messages.get("years.closeConfirm", y, years.archiveFolder()))) {
            return;
        }
        run(messages.get("years.closing", y), () -> years.close(year.year()),
                closed -> messages.get("years.closedDone", y, closed.archiveFile()));
    }

    /** Reopens the selected year: confirmed, and only with a reason. */
    public void reopenSelected() {
        YearStatus year = selected.get();
        if (year == null || year.state() != YearState.CLOSED) {
            return;
        }
        String y = String.valueOf(year.year());
        if (!dialogs.confirm(messages.get("years.reopenTitle"), messages.get("years.reopenConfirm", y))) {
            return;
        }
        dialogs.askPurpose(messages.get("years.reopenTitle"), messages.get("years.reopenReason", y),
                List.of(messages.get("years.reason.missing"), messages.get("years.reason.correct")), "")
                .ifPresent(reason -> run(messages.get("years.reopen"), () -> years.reopen(year.year(), reason),
                        reopened -> messages.get("years.reopenedDone", y)));
    }

    /** Checks an archive file and says what it holds. */
    public void verify(Path file) {
        if (file == null) {
            return;
        }
        working.set(true);
        status.set(messages.get("years.verifying"));
        tasks.submit(ctx -> years.verify(file), summary -> {
            working.set(false);
            status.set("");
            dialogs.showInfo(messages.get("tab.years"), messages.get("years.verified", summary.file().getFileName(),
                    String.valueOf(summary.year()), when(summary.createdAt()), summary.createdBy(), summary.appVersion(),
                    summary.schemaVersion(), summary.rows("CADRE"), summary.rows("ORG_UNIT"), summary.rows("AUDIT_EVENT")));
        }, this::failed);
    }

    /** Opens an archive and reads its cadre list; {@link #openedProperty()} then holds it for the window to show. */
    public void open(Path file) {
        if (file == null) {
            return;
        }
        working.set(true);
        status.set(messages.get("years.opening"));
        tasks.submit(ctx -> {
            try (OpenedArchive archive = years.open(file)) {
                return new ArchiveContents(archive.summary(), archive.cadres());
            }
        }, contents -> {
            working.set(false);
            status.set("");
            opened.set(contents);
        }, this::failed);
    }

    private <T> void run(String progress, java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done) {
        working.set(true);
        status.set(progress);
        tasks.submit(ctx -> work.call(), result -> {
            working.set(false);
            status.set(done.apply(result));
            reload();
        }, failure -> {
            failed(failure);
            // someone else may have closed or reopened the year meanwhile; the error said what went wrong
            reload(ignored -> { });
        });
    }

    private void failed(Throwable failure) {
        working.set(false);
        status.set("");
        showError(failure);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("tab.years"), new ErrorDescriber(messages).describe(failure));
    }

    /** The archive file of the selected year's newest close, if it has one. */
    public Path selectedArchive() {
        YearStatus year = selected.get();
        return year == null ? null : year.latest().map(c -> years.archiveFolder().resolve(c.archiveFile())).orElse(null);
    }

    public Path archiveFolder() {
        return years.archiveFolder();
    }

    public boolean mayChange() {
        return mayChange;
    }

    /** Closing: an inspector, a year that is not closed, nothing running. */
    public BooleanBinding canClose() {
        return Bindings.createBooleanBinding(() -> mayChange && !working.get() && selected.get() != null
                && selected.get().state() != YearState.CLOSED, selected, working);
    }

    public BooleanBinding canReopen() {
        return Bindings.createBooleanBinding(() -> mayChange && !working.get() && selected.get() != null
                && selected.get().state() == YearState.CLOSED, selected, working);
    }

    // texts of the table's columns
    public String state(YearStatus year) {
        return messages.label(year.state());
    }

    public String closedBy(YearStatus year) {
        return year.latest().map(ClosedYear::closedBy).orElse("");
    }

    public String closedAt(YearStatus year) {
        return year.latest().map(c -> when(c.closedAt())).orElse("");
    }

    public String archiveFile(YearStatus year) {
        return year.latest().map(ClosedYear::archiveFile).orElse("");
    }

    public String reopened(YearStatus year) {
        return year.latest().filter(c -> !c.standing())
                .map(c -> messages.get("years.reopenedText", c.reopenedBy(), when(c.reopenedAt()), c.reopenReason()))
                .orElse("");
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** The title and the line above an opened archive's cadre list. */
    public String archiveTitle(ArchiveContents contents) {
        return messages.get("years.archiveTitle", String.valueOf(contents.summary().year()));
    }

    public String archiveInfo(ArchiveContents contents) {
        ArchiveSummary s = contents.summary();
        return messages.get("years.archiveInfo", s.file().getFileName(), when(s.createdAt()), s.createdBy(),
                contents.cadres().size());
    }

    public ObservableList<YearStatus> years() {
        return list;
    }

    public ObjectProperty<YearStatus> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArchiveContents> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
