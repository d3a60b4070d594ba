package org.integritydesk.ui.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.VisitDraft;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitKind;
import org.integritydesk.model.VisitRules;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The visit form: when, how, where, who, and one row per inspection area (a problem or nothing).
 * Checked against {@link VisitRules} on every change; each problem becomes a ledger item on saving.
 * A problem already in the ledger is shown but cannot be changed here.
 */
public final class VisitFormViewModel {
    /** One area's row of the form. */
    public static final class AreaRow {
        private final InspectionArea area;
        private final BooleanProperty problem = new SimpleBooleanProperty();
        private final StringProperty description = new SimpleStringProperty("");
        private final ObjectProperty<CadreSummary> cadre = new SimpleObjectProperty<>();
        private final ObjectProperty<ProblemSeverity> severity = new SimpleObjectProperty<>();
        private final StringProperty measures = new SimpleStringProperty("");
        private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private boolean inLedger;

        AreaRow(InspectionArea area) {
            this.area = area;
        }

        public InspectionArea area() {
            return area;
        }

        public boolean inLedger() {
            return inLedger;
        }

        public BooleanProperty problemProperty() {
            return problem;
        }

        public StringProperty descriptionProperty() {
            return description;
        }

        public ObjectProperty<CadreSummary> cadreProperty() {
            return cadre;
        }

        public ObjectProperty<ProblemSeverity> severityProperty() {
            return severity;
        }

        public StringProperty measuresProperty() {
            return measures;
        }

        public ObjectProperty<LocalDate> deadlineProperty() {
            return deadline;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        VisitFinding finding() {
            return problem.get() ? VisitFinding.problem(area, description.get(),
                    cadre.get() == null ? null : cadre.get().id(), severity.get(), measures.get(), deadline.get())
                    : VisitFinding.none(area);
        }
    }

    private final SupervisionService visits;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final Clock clock;
    private final UnitTree tree;
    private final List<CadreSummary> allCadres;
    private final ErrorDescriber describer;

    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitKind> kind = new SimpleObjectProperty<>(VisitKind.UNANNOUNCED);
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<MonitoringGroup> group = new SimpleObjectProperty<>(MonitoringGroup.CONDUCT);
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty responsiblePerson = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final List<AreaRow> rows = new ArrayList<>();
    private final ObservableList<CadreSummary> cadreChoices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private UUID editingId;
    private int editingVersion;
    private boolean loading;

    public VisitFormViewModel(SupervisionService visits, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock, UnitTree tree, List<CadreSummary> cadres) {
        this.visits = visits;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.clock = clock;
        this.tree = tree;
        this.allCadres = List.copyOf(cadres);
        this.describer = new ErrorDescriber(messages);
        title.set(messages.get("supervision.form.titleNew"));
        visitDate.set(LocalDate.now(clock));
        for (InspectionArea area : InspectionArea.values()) {
            AreaRow row = new AreaRow(area);
            rows.add(row);
            for (Observable p : List.of(row.problem, row.description, row.cadre, row.severity, row.measures,
                    row.deadline)) {
                watch("findings." + area.name(), p);
            }
        }
        watch("visitDate", visitDate);
        watch("kind", kind);
        watch("unit", unit);
        watch("group", group);
        watch("members", members);
        watch("responsiblePerson", responsiblePerson);
        watch("notes", notes);
        unit.addListener((o, a, chosen) -> cadreChoices.setAll(chosen == null ? List.of()
                : allCadres.stream().filter(c -> c.unitId().equals(chosen.id())).toList()));
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    public void edit(SupervisionVisit visit) {
        loading = true;
        try {
            editingId = visit.id();
            editingVersion = visit.version();
            title.set(messages.get("supervision.form.titleEdit", visit.number()));
            visitDate.set(visit.visitDate());
            kind.set(visit.kind());
            unit.set(tree.find(visit.unitId()).orElse(null));
            group.set(visit.group());
            members.set(visit.members());
            responsiblePerson.set(visit.responsiblePerson() == null ? "" : visit.responsiblePerson());
            notes.set(visit.notes() == null ? "" : visit.notes());
            for (VisitFinding f : visit.findings()) {
                AreaRow row = row(f.area());
                row.problem.set(f.problem());
                row.description.set(f.description() == null ? "" : f.description());
                row.cadre.set(f.cadreId() == null ? null
                        : cadreChoices.stream().filter(c -> c.id().equals(f.cadreId())).findFirst().orElse(null));
                row.severity.set(f.severity());
                row.measures.set(f.measures() == null ? "" : f.measures());
                row.deadline.set(f.deadline());
                row.inLedger = f.rectificationId() != null;
            }
        } finally {
            loading = false;
        }
        revalidate();
    }

    private AreaRow row(InspectionArea area) {
        return rows.stream().filter(r -> r.area == area).findFirst().orElseThrow();
    }

    public VisitDraft draft() {
        return new VisitDraft(visitDate.get(), kind.get(), unit.get() == null ? null : unit.get().id(), group.get(),
                members.get(), responsiblePerson.get(), notes.get(), rows.stream().map(AreaRow::finding).toList());
    }

    private void revalidate() {
        errors.clear();
        for (FieldError error : VisitRules.check(draft(), LocalDate.now(clock))) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        rows.forEach(r -> r.error.set(errors.getOrDefault("findings." + r.area.name(), "")));
    }

    public void save(Consumer<SupervisionVisit> onSaved) {
        touched.addAll(List.of("visitDate", "kind", "unit", "group", "members", "responsiblePerson", "notes", "findings"));
        rows.forEach(r -> touched.add("findings." + r.area.name()));
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        VisitDraft draft = draft();
        UUID id = editingId;
        int version = editingVersion;
        saving.set(true);
        tasks.submit(ctx -> id == null ? visits.create(draft) : visits.update(id, version, draft), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
                rows.forEach(r -> r.error.set(errors.getOrDefault("findings." + r.area.name(), "")));
            } else if (!conflicts.handled(failure, messages.get("supervision.form.saveFailed"))) {
                dialogs.showError(messages.get("supervision.form.saveFailed"), describer.describe(failure));
            }
        });
    }

    public String errorSummary() {
        return errors.isEmpty() ? "" : messages.get("cadre.form.errorSummary", errors.size());
    }

    public String label(Labelled value) {
        return messages.label(value);
    }

    public String unitLabel(OrgUnit value) {
        return tree.indentedName(value);
    }

    public String cadreLabel(CadreSummary value) {
        return value == null ? messages.get("rectification.form.noCadre") : value.name();
    }

    public List<OrgUnit> units() {
        return tree.inDisplayOrder();
    }

    public List<AreaRow> rows() {
        return rows;
    }

    public ObservableList<CadreSummary> cadreChoices() {
        return cadreChoices;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public ObjectProperty<VisitKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<MonitoringGroup> groupProperty() {
        return group;
    }

    public StringProperty membersProperty() {
        return members;
    }

    public StringProperty responsiblePersonProperty() {
        return responsiblePerson;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Marks a date field as holding text that is no date. */
    public void setDateUnreadable(String field, boolean unreadable) {
        if (unreadable) {
            touched.add(field);
            errors.put(field, messages.get("validation.date.format"));
        } else {
            revalidate();
        }
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
