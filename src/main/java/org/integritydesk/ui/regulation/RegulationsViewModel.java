package org.integritydesk.ui.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
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
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationFilter;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationRules;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RegulationService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.service.YearClosedException;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 制度建设 tab: the register loaded once in the background and then searched, filtered (year of
 * issue, kind, status) and sorted in memory; beside it the form of the selected or new rule,
 * checked as the user types, and the rule's document files. Only a user who may edit the register
 * (the inspector) gets an editable form; everyone else reads it.
 */
public final class RegulationsViewModel {
    static final List<String> FIELDS = List.of("title", "documentNumber", "issuedOn", "kind", "issuingUnit", "status",
            "repealedOn", "summary");

    private final RegulationService regulations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final Clock clock;
    private final PreviewOpener preview;
    private final AttachmentsViewModel attachments;
    private final ErrorDescriber errorText;

    private final ObservableList<Regulation> all = FXCollections.observableArrayList();
    private final FilteredList<Regulation> visible = new FilteredList<>(all);
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RegulationKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RegulationStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Regulation> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper listStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<RegulationKind> kind = new SimpleObjectProperty<>();
    private final StringProperty issuingUnit = new SimpleStringProperty("");
    private final ObjectProperty<RegulationStatus> status = new SimpleObjectProperty<>(RegulationStatus.IN_FORCE);
    private final ObjectProperty<LocalDate> repealedOn = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private final BooleanBinding formEditable;
    private final BooleanBinding repealDateDisabled;
    private UUID editingId;
    private int editingVersion;
    /** True while the form is filled from a record, so that filling does not count as typing. */
    private boolean filling;
    /** What the form says once it is filled again after a save ("已保存"). */
    private String afterFill = "";

    public RegulationsViewModel(RegulationService regulations, AttachmentsViewModel attachments, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock, PreviewOpener preview) {
        this.regulations = regulations;
        this.attachments = attachments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        // reloading keeps the rule being edited and fills the form with it as stored now
        conflicts.reloadWith(this::reload);
        this.clock = clock;
        this.preview = preview;
        this.errorText = new ErrorDescriber(messages);
        formEditable = Bindings.createBooleanBinding(() -> mayEdit.get() && formOpen.get() && !busy.get(), mayEdit,
                formOpen, busy);
        repealDateDisabled = Bindings.createBooleanBinding(
                () -> !formEditable.get() || status.get() != RegulationStatus.REPEALED, formEditable, status);
        searchText.addListener((o, a, b) -> applyFilter());
        yearFilter.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                fill(b);
            }
        });
        watch("title", title);
        watch("documentNumber", documentNumber);
        watch("issuedOn", issuedOn);
        watch("kind", kind);
        watch("issuingUnit", issuingUnit);
        watch("status", status);
        watch("repealedOn", repealedOn);
        watch("summary", summary);
        status.addListener((o, a, b) -> {
            if (filling) {
                return;
            }
            if (b == RegulationStatus.REPEALED) {
                // the date is needed now: say so at once rather than at saving
                touched.add("repealedOn");
                validate();
            } else {
                repealedOn.set(null);
            }
        });
    }

    private void watch(String field, Property<?> property) {
        property.addListener((o, a, b) -> {
            if (!filling) {
                touched.add(field);
                formMessage.set("");
                validate();
            }
        });
    }

    /** Loads the register and whether the user may edit it; keeps the selection if the rule is still there. */
    public void reload() {
        UUID keep = editingId;
        tasks.submit(ctx -> new Snapshot(regulations.list(), regulations.mayEdit()), snapshot -> {
            mayEdit.set(snapshot.mayEdit());
            all.setAll(snapshot.rules());
            Integer year = yearFilter.get();
            yearChoices.setAll(snapshot.rules().stream().map(Regulation::year).distinct()
                    .sorted(Comparator.reverseOrder()).toList());
            if (year != null && !yearChoices.contains(year)) {
                yearFilter.set(null);
            }
            applyFilter();
            if (keep != null) {
                all.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresentOrElse(selected::set, this::closeForm);
            }
        }, failure -> dialogs.showError(messages.get("regulations.loadFailed"), errorText.describe(failure)));
    }

    private record Snapshot(List<Regulation> rules, boolean mayEdit) {
    }

    private void applyFilter() {
        RegulationFilter filter = filter();
        visible.setPredicate(filter::matches);
        listStatus.set(messages.get("regulations.list.count", visible.size(), all.size()));
    }

    /** The filter as on screen: what the register printout shows too. */
    public RegulationFilter filter() {
        return new RegulationFilter(searchText.get(), yearFilter.get(), kindFilter.get(), statusFilter.get());
    }

    public void clearFilters() {
        searchText.set("");
        yearFilter.set(null);
        kindFilter.set(null);
        statusFilter.set(null);
    }

    /** 新增: an empty form for a new rule, in force, issued today. */
    public void newRegulation() {
        if (!mayEdit.get()) {
            return;
        }
        selected.set(null);
        filling = true;
        try {
            editingId = null;
            editingVersion = 0;
            title.set("");
            documentNumber.set("");
            issuedOn.set(LocalDate.now(clock));
            kind.set(null);
            issuingUnit.set("");
            status.set(RegulationStatus.IN_FORCE);
            repealedOn.set(null);
            summary.set("");
        } finally {
            filling = false;
        }
        startForm(messages.get("regulations.form.newTitle"));
        attachments.show(null, false);
        formMessage.set(messages.get("regulations.form.saveFirst"));
    }

    private void fill(Regulation r) {
        filling = true;
        try {
            editingId = r.id();
            editingVersion = r.version();
            title.set(r.title());
            documentNumber.set(r.documentNumber() == null ? "" : r.documentNumber());
            issuedOn.set(r.issuedOn());
            kind.set(r.kind());
            issuingUnit.set(r.issuingUnit());
            status.set(r.status());
            repealedOn.set(r.repealedOn());
            summary.set(r.summary() == null ? "" : r.summary());
        } finally {
            filling = false;
        }
        startForm(messages.get(mayEdit.get() ? "regulations.form.editTitle" : "regulations.form.viewTitle", r.title()));
        attachments.show(r.id(), mayEdit.get());
    }

    private void startForm(String heading) {
        touched.clear();
        unreadableDates.clear();
        errors.clear();
        formMessage.set(afterFill);
        afterFill = "";
        formTitle.set(heading);
        formOpen.set(true);
    }

    private void closeForm() {
        selected.set(null);
        editingId = null;
        formOpen.set(false);
        formTitle.set("");
        errors.clear();
        attachments.show(null, false);
    }

    /** Tells the form that a date field holds text that is no date (it then refuses to save). */
    public void setDateUnreadable(String field, boolean unreadable) {
        boolean changed = unreadable ? unreadableDates.add(field) : unreadableDates.remove(field);
        if (changed && !filling) {
            touched.add(field);
            validate();
        }
    }

    /** Shows the broken rules of the fields the user has touched; returns whether the draft may be saved. */
    boolean validate() {
        errors.clear();
        List<FieldError> broken = RegulationRules.check(draft(), LocalDate.now(clock));
        for (FieldError error : broken) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        for (String field : unreadableDates) {
            errors.put(field, messages.get("validation.date.format"));
        }
        return broken.isEmpty() && unreadableDates.isEmpty();
    }

    public RegulationDraft draft() {
        return new RegulationDraft(title.get(), documentNumber.get(), issuedOn.get(), kind.get(), issuingUnit.get(),
                status.get(), repealedOn.get(), summary.get());
    }

    /** 保存: checks every field, then creates or updates in the background. */
    public void save() {
        if (!formEditable.get()) {
            return;
        }
        touched.addAll(FIELDS);
        if (!validate()) {
            formMessage.set(messages.get("regulations.form.errorSummary", errors.size()));
            return;
        }
        RegulationDraft draft = draft();
        UUID id = editingId;
        int version = editingVersion;
        busy.set(true);
        formMessage.set(messages.get("common.saving"));
        tasks.submit(ctx -> id == null ? regulations.create(draft) : regulations.update(id, version, draft), saved -> {
            busy.set(false);
            editingId = saved.id();
            editingVersion = saved.version();
            afterFill = messages.get("regulations.form.saved", saved.title());
            reload();
        }, failure -> {
            busy.set(false);
            if (failure instanceof YearClosedException) {
                // not a field of the form: the rule is dated in a closed year (归档)
                formMessage.set("");
                dialogs.showError(messages.get("regulations.saveFailed"), errorText.describe(failure));
            } else if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
                formMessage.set(messages.get("regulations.form.errorSummary", errors.size()));
            } else {
                formMessage.set("");
                if (!conflicts.handled(failure, messages.get("regulations.saveFailed"))) {
                    dialogs.showError(messages.get("regulations.saveFailed"), errorText.describe(failure));
                }
            }
        });
    }

    /** 删除: deletes the selected rule after the user confirms. */
    public void deleteSelected() {
        Regulation rule = selected.get();
        if (rule == null || !mayEdit.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("regulations.delete.title"),
                messages.get("regulations.delete.confirm", rule.title()))) {
            return;
        }
        tasks.submit(ctx -> {
            regulations.delete(rule.id(), rule.version());
            return null;
        }, done -> {
            closeForm();
            reload();
        }, failure -> {
            dialogs.showError(messages.get("regulations.delete.failed"), errorText.describe(failure));
            reload();
        });
    }

    /** 打印台账: the register as filtered on screen, in the print preview. */
    public void printShown() {
        RegulationFilter filter = filter();
        preview.open(messages.get("regulations.print.title"), messages.get("regulations.print.fileName"),
                ctx -> regulations.printRegister(filter, messages.locale()));
    }

    public String yearLabel(Integer year) {
        return year == null ? messages.get("filter.all") : messages.get("regulations.year", year);
    }

    public String kindLabel(RegulationKind value) {
        return value == null ? messages.get("filter.all") : messages.get(value.messageKey());
    }

    public String statusLabel(RegulationStatus value) {
        return value == null ? messages.get("filter.all") : messages.get(value.messageKey());
    }

    /** The status column: "已废止（2024-05-01）" for a repealed rule. */
    public String statusText(Regulation r) {
        return r.status() == RegulationStatus.REPEALED && r.repealedOn() != null
                ? messages.get("regulations.repealedOn", r.repealedOn().toString())
                : messages.get(r.status().messageKey());
    }

    public ObservableList<Regulation> visibleRules() {
        return visible;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObjectProperty<RegulationKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<RegulationStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Regulation> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty listStatusProperty() {
        return listStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public ObjectProperty<RegulationKind> kindProperty() {
        return kind;
    }

    public StringProperty issuingUnitProperty() {
        return issuingUnit;
    }

    public ObjectProperty<RegulationStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> repealedOnProperty() {
        return repealedOn;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public BooleanBinding formEditable() {
        return formEditable;
    }

    public BooleanBinding repealDateDisabled() {
        return repealDateDisabled;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }
}
