package org.integritydesk.ui.selfinspection;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.integritydesk.model.CampaignDraft;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionRules;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SelfInspectionService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The campaign form: title, year, dates, description, the checklist (one item a line, the seed
 * account's five items to start from) and the units to send it to (sub-units included). Editing,
 * the units it was sent to stay; units chosen besides them get it too.
 */
public final class CampaignFormViewModel {
    private final SelfInspectionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final UnitTree tree;
    private final ErrorDescriber describer;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty(String.join("\n", SelfInspectionRules.SEED_ITEMS));
    private final ObservableList<OrgUnit> chosenUnits = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper();
    private SelfInspectionCampaign editing;
    private boolean loading;

    public CampaignFormViewModel(SelfInspectionService service, TaskRunner tasks, DialogService dialogs,
            Messages messages, UnitTree tree, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.tree = tree;
        this.describer = new ErrorDescriber(messages);
        formTitle.set(messages.get("selfInspection.form.titleNew"));
        year.set(String.valueOf(today.getYear()));
        startsOn.set(today);
        endsOn.set(today.plusMonths(1));
        watch("title", title);
        watch("year", year);
        watch("startsOn", startsOn);
        watch("endsOn", endsOn);
        watch("description", description);
        watch("items", items);
        watch("units", chosenUnits);
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    public void edit(SelfInspectionCampaign campaign) {
        loading = true;
        try {
            editing = campaign;
            formTitle.set(messages.get("selfInspection.form.titleEdit", campaign.number()));
            title.set(campaign.title());
            year.set(String.valueOf(campaign.year()));
            startsOn.set(campaign.startsOn());
            endsOn.set(campaign.endsOn());
            description.set(campaign.description() == null ? "" : campaign.description());
            items.set(String.join("\n", campaign.items()));
            chosenUnits.setAll(campaign.unitIds().stream().map(tree::find).flatMap(java.util.Optional::stream).toList());
        } finally {
            loading = false;
        }
    }

    public CampaignDraft draft() {
        Integer parsedYear;
        try {
            parsedYear = Integer.valueOf(year.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            parsedYear = null;
        }
        return new CampaignDraft(title.get(), parsedYear, startsOn.get(), endsOn.get(), description.get(),
                List.of(items.get() == null ? new String[0] : items.get().split("\\R")));
    }

    private void revalidate() {
        errors.clear();
        List<FieldError> found = new ArrayList<>(SelfInspectionRules.check(draft()));
        if (chosenUnits.isEmpty()) {
            found.add(new FieldError("units", "validation.selfInspection.noUnits"));
        }
        for (FieldError error : found) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
    }

    public void save(Consumer<SelfInspectionCampaign> onSaved) {
        touched.addAll(List.of("title", "year", "startsOn", "endsOn", "description", "items", "units"));
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        CampaignDraft draft = draft();
        List<UUID> units = chosenUnits.stream().map(OrgUnit::id).toList();
        SelfInspectionCampaign current = editing;
        saving.set(true);
        tasks.submit(ctx -> {
            if (current == null) {
                return service.create(draft, units);
            }
            SelfInspectionCampaign saved = service.update(current.id(), current.version(), draft);
            List<UUID> added = units.stream().filter(u -> !current.unitIds().contains(u)).toList();
            if (!added.isEmpty()) {
                service.send(saved.id(), added);
            }
            return saved;
        }, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
            } else if (!conflicts.handled(failure, messages.get("selfInspection.form.saveFailed"))) {
                dialogs.showError(messages.get("selfInspection.form.saveFailed"), describer.describe(failure));
            }
        });
    }

    /** Whether a unit was already sent the campaign (it cannot be taken back). */
    public boolean alreadySent(OrgUnit unit) {
        return editing != null && editing.unitIds().contains(unit.id());
    }

    public String errorSummary() {
        return errors.isEmpty() ? "" : messages.get("cadre.form.errorSummary", errors.size());
    }

    public String unitLabel(OrgUnit value) {
        return tree.indentedName(value);
    }

    public List<OrgUnit> units() {
        return tree.inDisplayOrder();
    }

    public ObservableList<OrgUnit> chosenUnits() {
        return chosenUnits;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
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
