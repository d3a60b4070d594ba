package org.integritydesk.ui.cadre;

import java.time.Clock;
import java.time.LocalDate;
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
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The add / edit cadre form. Every change re-checks the rules of {@link CadreRules} at once and
 * shows the message next to the field once the user has touched it; saving re-checks everything
 * in the service (unique ID number) and saves nothing while any rule is broken.
 */
public final class CadreFormViewModel {
    public static final List<String> FIELDS = List.of("unit", "name", "idNumber", "ethnicity", "politicalStatus",
            "education", "position", "category", "status", "mobile", "workStartDate", "appointmentDate", "notes");

    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ErrorDescriber describer;
    private final SaveConflicts conflicts;

    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty ethnicity = new SimpleStringProperty("汉族");
    private final StringProperty politicalStatus = new SimpleStringProperty("");
    private final StringProperty education = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final ObjectProperty<CadreCategory> category = new SimpleObjectProperty<>(CadreCategory.GENERAL);
    private final BooleanProperty importantPosition = new SimpleBooleanProperty();
    private final ObjectProperty<CadreStatus> status = new SimpleObjectProperty<>(CadreStatus.ACTIVE);
    private final StringProperty mobile = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> workStartDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> appointmentDate = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<FamilyBusinessDraft> familyRows = FXCollections.observableArrayList();
    private final Set<String> unreadableDates = new HashSet<>();

    private final ObjectProperty<FamilyRelation> newRelation = new SimpleObjectProperty<>(FamilyRelation.SPOUSE);
    private final StringProperty newRelativeName = new SimpleStringProperty("");
    private final ObjectProperty<BusinessKind> newBusinessKind = new SimpleObjectProperty<>(BusinessKind.EMPLOYED);
    private final StringProperty newEmployer = new SimpleStringProperty("");
    private final BooleanProperty newInJurisdiction = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper familyError = new ReadOnlyStringWrapper("");

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyStringWrapper derivedGender = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper derivedBirthDate = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    private UUID editingId;
    private int editingVersion;
    private boolean loadingValues;

    public CadreFormViewModel(CadreService cadres, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.describer = new ErrorDescriber(messages);
        this.conflicts = new SaveConflicts(dialogs, messages);
        title.set(messages.get("cadre.form.titleNew"));
        watch("unit", unit);
        watch("name", name);
        watch("idNumber", idNumber);
        watch("ethnicity", ethnicity);
        watch("politicalStatus", politicalStatus);
        watch("education", education);
        watch("position", position);
        watch("category", category);
        watch("status", status);
        watch("mobile", mobile);
        watch("workStartDate", workStartDate);
        watch("appointmentDate", appointmentDate);
        watch("notes", notes);
        idNumber.addListener((o, a, b) -> deriveFromIdNumber());
        familyRows.addListener((Observable o) -> revalidate());
        deriveFromIdNumber();
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loadingValues) {
                touched.add(field);
                revalidate();
            }
        });
    }

    /** Fills the form from a stored cadre for editing; the version read now is the one the save checks. */
    public void edit(Cadre cadre, OrgUnit cadreUnit, CadreDraft draft) {
        loadingValues = true;
        try {
            editingId = cadre.id();
            editingVersion = cadre.version();
            title.set(messages.get("cadre.form.titleEdit", cadre.name()));
            unit.set(cadreUnit);
            name.set(draft.name());
            idNumber.set(draft.idNumber());
            ethnicity.set(nullToEmpty(draft.ethnicity()));
            politicalStatus.set(nullToEmpty(draft.politicalStatus()));
            education.set(nullToEmpty(draft.education()));
            position.set(nullToEmpty(draft.position()));
            category.set(draft.category());
            importantPosition.set(draft.importantPosition());
            status.set(draft.status());
            mobile.set(nullToEmpty(draft.mobile()));
            workStartDate.set(draft.workStartDate());
            appointmentDate.set(draft.appointmentDate());
            notes.set(nullToEmpty(draft.notes()));
            familyRows.setAll(draft.familyBusinesses());
        } finally {
            loadingValues = false;
        }
        revalidate();
    }

    public CadreDraft draft() {
        return new CadreDraft(unit.get() == null ? null : unit.get().id(), name.get(), idNumber.get(), ethnicity.get(),
                politicalStatus.get(), education.get(), position.get(), category.get(), importantPosition.get(),
                status.get(), mobile.get(), workStartDate.get(), appointmentDate.get(), notes.get(), List.copyOf(familyRows));
    }

    /** Called by the view when a date field holds text that is not a date (the picker then holds no value). */
    public void setDateUnreadable(String field, boolean unreadable) {
        boolean changed = unreadable ? unreadableDates.add(field) : unreadableDates.remove(field);
        if (changed) {
            touched.add(field);
            revalidate();
        }
    }

    private void revalidate() {
        errors.clear();
        for (FieldError error : CadreRules.check(draft(), LocalDate.now(clock))) {
            if (touched.contains(error.field()) || error.field().startsWith("familyBusinesses")) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        for (String field : unreadableDates) {
            errors.put(field, messages.get("validation.date.format"));
        }
    }

    private void deriveFromIdNumber() {
        LocalDate today = LocalDate.now(clock);
        if (IdNumber.check(idNumber.get(), today) == IdNumber.Problem.NONE) {
            IdNumber parsed = IdNumber.parse(idNumber.get(), today);
            derivedGender.set(messages.get(parsed.gender().messageKey()));
            derivedBirthDate.set(CadreFileViewModel.date(parsed.birthDate()));
        } else {
            derivedGender.set(messages.get("cadre.form.fromIdNumber"));
            derivedBirthDate.set(messages.get("cadre.form.fromIdNumber"));
        }
    }

    /** Adds the relative typed into the small family-business form below the table. */
    public boolean addFamilyRow() {
        String problem = PersonName.problem(newRelativeName.get());
        if (newRelation.get() == null || newBusinessKind.get() == null) {
            familyError.set(messages.get("validation.required"));
            return false;
        }
        if (problem != null) {
            familyError.set(messages.get(problem, PersonName.MAX_CODE_POINTS));
            return false;
        }
        if (newEmployer.get() == null || newEmployer.get().isBlank()) {
            familyError.set(messages.get("validation.family.employer", familyRows.size() + 1));
            return false;
        }
        familyRows.add(new FamilyBusinessDraft(newRelation.get(), PersonName.normalise(newRelativeName.get()),
                newBusinessKind.get(), newEmployer.get().strip(), newInJurisdiction.get(), null));
        familyError.set("");
        newRelativeName.set("");
        newEmployer.set("");
        newInJurisdiction.set(false);
        return true;
    }

    public void removeFamilyRow(FamilyBusinessDraft row) {
        familyRows.remove(row);
    }

    /**
     * Saves in the background. On success {@code onSaved} receives the stored cadre; on a broken
     * rule the messages appear next to the fields; on a concurrent edit the user is told and the
     * form keeps what was typed.
     */
    public void save(Consumer<Cadre> onSaved) {
        touched.addAll(FIELDS);
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        CadreDraft draft = draft();
        UUID id = editingId;
        int version = editingVersion;
        saving.set(true);
        tasks.submit(ctx -> id == null ? cadres.create(draft) : cadres.update(id, version, draft), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("cadre.form.conflictTitle"))) {
                dialogs.showError(messages.get("cadre.form.saveFailed"), describer.describe(failure));
            }
        });
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }

    /** One line under the form when something is wrong, so a clerk scrolled away still sees it. */
    public String errorSummary() {
        return errors.isEmpty() ? "" : messages.get("cadre.form.errorSummary", errors.size());
    }

    public boolean isEditing() {
        return editingId != null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty politicalStatusProperty() {
        return politicalStatus;
    }

    public StringProperty educationProperty() {
        return education;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<CadreCategory> categoryProperty() {
        return category;
    }

    public BooleanProperty importantPositionProperty() {
        return importantPosition;
    }

    public ObjectProperty<CadreStatus> statusProperty() {
        return status;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public ObjectProperty<LocalDate> workStartDateProperty() {
        return workStartDate;
    }

    public ObjectProperty<LocalDate> appointmentDateProperty() {
        return appointmentDate;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<FamilyBusinessDraft> familyRows() {
        return familyRows;
    }

    public ObjectProperty<FamilyRelation> newRelationProperty() {
        return newRelation;
    }

    public StringProperty newRelativeNameProperty() {
        return newRelativeName;
    }

    public ObjectProperty<BusinessKind> newBusinessKindProperty() {
        return newBusinessKind;
    }

    public StringProperty newEmployerProperty() {
        return newEmployer;
    }

    public BooleanProperty newInJurisdictionProperty() {
        return newInJurisdiction;
    }

    public ReadOnlyStringProperty familyErrorProperty() {
        return familyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedGenderProperty() {
        return derivedGender.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedBirthDateProperty() {
        return derivedBirthDate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String yesNo(boolean value) {
        return messages.get(value ? "common.yes" : "common.no");
    }

    public String label(Labelled value) {
        return value == null ? "" : messages.get(value.messageKey());
    }
}
