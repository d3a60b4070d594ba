package org.integritydesk.ui.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/** The 监督检查 tab: the visits, loaded once and searched in memory, the selected visit's findings, printing. */
public final class SupervisionListViewModel {
    private final SupervisionService visits;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final PreviewOpener preview;
    private final ErrorDescriber errors;
    private final boolean mayChange;

    private final ObservableList<SupervisionVisit> all = FXCollections.observableArrayList();
    private final FilteredList<SupervisionVisit> visible = new FilteredList<>(all);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<SupervisionVisit> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<VisitFinding> problemFindings = FXCollections.observableArrayList();
    private final ObjectProperty<VisitFinding> chosenFinding = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private int year = LocalDate.now().getYear();

    public SupervisionListViewModel(SupervisionService visits, TaskRunner tasks, DialogService dialogs, Messages messages,
            PreviewOpener preview, boolean mayChange) {
        this.visits = visits;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.preview = preview;
        this.errors = new ErrorDescriber(messages);
        this.mayChange = mayChange;
        searchText.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, visit) -> showSelected(visit));
    }

    public void reload() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> visits.list(), list -> {
            all.setAll(list);
            applyFilter();
            SupervisionVisit again = keep == null ? null
                    : all.stream().filter(v -> v.id().equals(keep)).findFirst().orElse(null);
            selected.set(null);
            selected.set(again);
        }, failure -> dialogs.showError(messages.get("supervision.list.loadFailed"), errors.describe(failure)));
    }

    void applyFilter() {
        String needle = searchText.get() == null ? "" : searchText.get().strip();
        visible.setPredicate(v -> needle.isEmpty() || v.number().contains(needle) || v.unitName().contains(needle)
                || v.members().contains(needle) || v.findings().stream()
                        .anyMatch(f -> f.description() != null && f.description().contains(needle)));
        long problems = visible.stream().mapToLong(SupervisionVisit::problemCount).sum();
        status.set(messages.get("supervision.list.count", visible.size(), all.size(), problems));
    }

    private void showSelected(SupervisionVisit visit) {
        details.clear();
        List<VisitFinding> problems = visit == null ? List.of()
                : visit.findings().stream().filter(f -> f.rectificationId() != null).toList();
        problemFindings.setAll(problems);
        chosenFinding.set(problems.isEmpty() ? null : problems.get(0));
        if (visit == null) {
            return;
        }
        year = visit.visitDate().getYear();
        details.add(messages.get("supervision.detail.head", visit.number(), visit.visitDate().toString(),
                messages.label(visit.kind()), visit.unitName(), messages.label(visit.group()), visit.members()));
        for (VisitFinding f : visit.findings()) {
            details.add(f.problem()
                    ? messages.get("supervision.detail.problem", messages.label(f.area()), f.description(),
                            f.cadreName() == null ? "—" : f.cadreName(), messages.label(f.severity()),
                            f.itemNumber() == null ? "" : f.itemNumber())
                    : messages.get("supervision.detail.none", messages.label(f.area())));
        }
        if (visit.notes() != null) {
            details.add(messages.get("supervision.detail.notes", visit.notes()));
        }
    }

    public void deleteSelected() {
        SupervisionVisit visit = selected.get();
        if (visit == null || !dialogs.confirm(messages.get("supervision.delete.title"),
                messages.get("supervision.delete.confirm", visit.number()))) {
            return;
        }
        tasks.submit(ctx -> {
            visits.delete(visit.id(), visit.version());
            return null;
        }, done -> reload(), failure -> dialogs.showError(messages.get("supervision.delete.title"),
                errors.describe(failure)));
    }

    public void printSelected() {
        SupervisionVisit visit = selected.get();
        if (visit != null) {
            preview.open(messages.get("supervision.print.one"), messages.get("supervision.print.file", visit.number()),
                    ctx -> visits.printRecord(visit.id(), messages.locale()));
        }
    }

    public void printYear() {
        int shown = year;
        preview.open(messages.get("supervision.print.year", shown), messages.get("supervision.print.file", shown),
                ctx -> visits.printYear(shown, messages.locale()));
    }

    /** A problem finding as the evidence chooser shows it: area and ledger item. */
    public String findingLabel(VisitFinding finding) {
        return finding == null ? "" : messages.get("supervision.evidence.finding", messages.label(finding.area()),
                finding.itemNumber() == null ? "" : finding.itemNumber());
    }

    /** The selected visit's findings that are ledger items (they can carry evidence photos). */
    public ObservableList<VisitFinding> problemFindings() {
        return problemFindings;
    }

    public ObjectProperty<VisitFinding> chosenFindingProperty() {
        return chosenFinding;
    }

    public String label(Labelled value) {
        return messages.label(value);
    }

    public boolean mayChange() {
        return mayChange;
    }

    public ObservableList<SupervisionVisit> visibleVisits() {
        return visible;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<SupervisionVisit> selectedProperty() {
        return selected;
    }

    public ObservableList<String> details() {
        return details;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    List<SupervisionVisit> all() {
        return List.copyOf(all);
    }
}
