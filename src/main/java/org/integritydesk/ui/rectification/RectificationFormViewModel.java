package org.integritydesk.ui.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
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
import javafx.collections.ObservableMap;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationRules;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The add / edit form of a ledger item. Every change re-checks {@link RectificationRules} and shows a
 * message beside each touched field; choosing a severity puts its suggested response in (the user
 * may pick another); the cadre list follows the chosen unit.
 */
public final class RectificationFormViewModel {
    public static final List<String> FIELDS = List.of("source", "unit", "cadre", "category", "severity", "response",
            "description", "foundOn", "measures", "responsibleUnit", "responsiblePerson", "deadline", "returnVisitDate");

    private final RectificationService ledger;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final Clock clock;
    private final ErrorDescriber describer;
    private final UnitTree tree;
    private final List<CadreSummary> allCadres;

    private final ObjectProperty<ProblemSource> source = new SimpleObjectProperty<>(ProblemSource.SELF_INSPECTION);
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<CadreSummary> cadre = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSeverity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemResponse> response = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> foundOn = new SimpleObjectProperty<>();
    private final StringProperty measures = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> responsibleUnit = new SimpleObjectProperty<>();
    private final StringProperty responsiblePerson = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> returnVisitDate = new SimpleObjectProperty<>();
    private final ObservableList<CadreSummary> cadreChoices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");

    private UUID editingId;
    private int editingVersion;
    private boolean loading;

    public RectificationFormViewModel(RectificationService ledger, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, UnitTree tree, List<CadreSummary> cadres) {
        this.ledger = ledger;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.clock = clock;
        this.describer = new ErrorDescriber(messages);
        this.tree = tree;
        this.allCadres = List.copyOf(cadres);
        title.set(messages.get("rectification.form.titleNew"));
        foundOn.set(LocalDate.now(clock));
        watch("source", source);
        watch("unit", unit);
        watch("cadre", cadre);
        watch("category", category);
        watch("severity", severity);
        watch("response", response);
        watch("description", description);
        watch("foundOn", foundOn);
        watch("measures", measures);
        watch("responsibleUnit", responsibleUnit);
        watch("responsiblePerson", responsiblePerson);
        watch("deadline", deadline);
        watch("returnVisitDate", returnVisitDate);
        unit.addListener((o, a, chosen) -> {
            cadreChoices.setAll(chosen == null ? List.of()
                    : allCadres.stream().filter(c -> c.unitId().equals(chosen.id())).toList());
            if (cadre.get() != null && (chosen == null || !cadre.get().unitId().equals(chosen.id()))) {
                cadre.set(null);
            }
            if (!loading && responsibleUnit.get() == null) {
                responsibleUnit.set(chosen);
            }
        });
        severity.addListener((o, a, chosen) -> {
            if (chosen != null && !loading) {
                response.set(chosen.suggestedResponse());
            }
            suggestion.set(chosen == null ? "" : messages.get("rectification.form.suggested",
                    messages.label(chosen.suggestedResponse())));
        });
        response.addListener((o, a, chosen) -> {
            if (chosen == ProblemResponse.RETURN_VISIT_EDUCATION && returnVisitDate.get() == null && !loading
                    && deadline.get() != null) {
                returnVisitDate.set(deadline.get().plusMonths(3));
            }
        });
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    /** Fills the form from a stored item; the version read now is the one the save checks. */
    public void edit(Rectification item) {
        loading = true;
        try {
            editingId = item.id();
            editingVersion = item.version();
            title.set(messages.get("rectification.form.titleEdit", item.number()));
            source.set(item.source());
            unit.set(tree.find(item.unitId()).orElse(null));
            cadre.set(item.cadreId() == null ? null
                    : cadreChoices.stream().filter(c -> c.id().equals(item.cadreId())).findFirst().orElse(null));
            category.set(item.category());
            severity.set(item.severity());
            response.set(item.response());
            description.set(item.description());
            foundOn.set(item.foundOn());
            measures.set(item.measures());
            responsibleUnit.set(tree.find(item.responsibleUnitId()).orElse(null));
            responsiblePerson.set(item.responsiblePerson());
            deadline.set(item.deadline());
            returnVisitDate.set(item.returnVisitDate());
        } finally {
            loading = false;
        }
        revalidate();
    }

    public RectificationDraft draft() {
        return new RectificationDraft(source.get(), id(unit.get()), cadre.get() == null ? null : cadre.get().id(),
                category.get(), severity.get(), response.get(), description.get(), foundOn.get(), measures.get(),
                id(responsibleUnit.get()), responsiblePerson.get(), deadline.get(), returnVisitDate.get());
    }

    private static UUID id(OrgUnit unit) {
        return unit == null ? null : unit.id();
    }

    /** Called by the view when a date field holds text that is no date. */
    public void setDateUnreadable(String field, boolean unreadable) {
        boolean changed = unreadable ? unreadableDates.add(field) : unreadableDates.remove(field);
        if (changed) {
            touched.add(field);
            revalidate();
        }
    }

    private void revalidate() {
        errors.clear();
        for (FieldError error : RectificationRules.check(draft(), LocalDate.now(clock))) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        for (String field : unreadableDates) {
            errors.put(field, messages.get("validation.date.format"));
        }
    }

    /** Saves in the background; broken rules appear beside the fields and nothing is saved. */
    public void save(Consumer<Rectification> onSaved) {
        touched.addAll(FIELDS);
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        RectificationDraft draft = draft();
        UUID id = editingId;
        int version = editingVersion;
        saving.set(true);
        tasks.submit(ctx -> id == null ? ledger.create(draft) : ledger.update(id, version, draft), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("rectification.form.saveFailed"))) {
                dialogs.showError(messages.get("rectification.form.saveFailed"), describer.describe(failure));
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

    public List<OrgUnit> units() {
        return tree.inDisplayOrder();
    }

    public String cadreLabel(CadreSummary value) {
        return value == null ? messages.get("rectification.form.noCadre") : value.name() + "（" + value.position() + "）";
    }

    public ObservableList<CadreSummary> cadreChoices() {
        return cadreChoices;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<ProblemSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<CadreSummary> cadreProperty() {
        return cadre;
    }

    public ObjectProperty<ProblemCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<ProblemSeverity> severityProperty() {
        return severity;
    }

    public ObjectProperty<ProblemResponse> responseProperty() {
        return response;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> foundOnProperty() {
        return foundOn;
    }

    public StringProperty measuresProperty() {
        return measures;
    }

    public ObjectProperty<OrgUnit> responsibleUnitProperty() {
        return responsibleUnit;
    }

    public StringProperty responsiblePersonProperty() {
        return responsiblePerson;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<LocalDate> returnVisitDateProperty() {
        return returnVisitDate;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
