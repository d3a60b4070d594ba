package org.integritydesk.ui.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.EducationRules;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The activity form: every field as a property, checked as the user types (the model's rules),
 * saved in the background (the service checks again, with what only the database knows).
 */
public final class ActivityFormViewModel {
    private final EducationService education;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;

    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.PARTY_CLASS);
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("09:00");
    private final StringProperty hours = new SimpleStringProperty("2");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<EducationBase> base = new SimpleObjectProperty<>();
    private final ObjectProperty<OrgUnit> organiser = new SimpleObjectProperty<>();
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final Map<OutreachTarget, BooleanProperty> outreach = new EnumMap<>(OutreachTarget.class);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper();
    private EducationActivity editing;

    public ActivityFormViewModel(EducationService education, TaskRunner tasks, DialogService dialogs, Messages messages,
            LocalDate today) {
        this.education = education;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        date.set(today);
        for (OutreachTarget target : OutreachTarget.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty();
            chosen.addListener((o, a, b) -> check());
            outreach.put(target, chosen);
        }
        formTitle.set(messages.get("education.form.titleNew"));
        List.<Observable>of(kind, title, date, time, hours, place, base, organiser, speaker, summary)
                .forEach(p -> p.addListener(o -> check()));
        check();
    }

    /** Fills the form with a stored activity. */
    public void edit(EducationActivity activity, OrgUnit organiserUnit, EducationBase atBase) {
        editing = activity;
        formTitle.set(messages.get("education.form.titleEdit", activity.title()));
        kind.set(activity.kind());
        title.set(activity.title());
        date.set(activity.startsAt().toLocalDate());
        time.set(activity.startsAt().toLocalTime().toString());
        hours.set(activity.hours().stripTrailingZeros().toPlainString());
        place.set(activity.place() == null ? "" : activity.place());
        base.set(atBase);
        organiser.set(organiserUnit);
        speaker.set(activity.speaker() == null ? "" : activity.speaker());
        summary.set(activity.summary() == null ? "" : activity.summary());
        outreach.forEach((target, chosen) -> chosen.set(activity.outreach().contains(target)));
        check();
    }

    /** Re-checks every field; returns whether the form may be saved. */
    public boolean check() {
        fieldErrors.clear();
        BigDecimal parsedHours = parseHours();
        if (parsedHours == null && !hours.get().isBlank()) {
            fieldErrors.put("hours", messages.get("validation.hours.number"));
        }
        if (parseTime() == null) {
            fieldErrors.put("time", messages.get("validation.time"));
        }
        for (FieldError error : EducationRules.check(draft(parsedHours))) {
            fieldErrors.putIfAbsent(error.field(), messages.of(error));
        }
        return fieldErrors.isEmpty();
    }

    /** Saves in the background; {@code onSaved} gets the stored activity. Refusals are shown, the form stays. */
    public void save(Consumer<EducationActivity> onSaved) {
        if (!check()) {
            return;
        }
        ActivityDraft draft = draft(parseHours());
        EducationActivity current = editing;
        tasks.submit(ctx -> current == null ? education.create(draft)
                        : education.update(current.id(), current.version(), draft),
                onSaved, failure -> {
                    if (failure instanceof ValidationException invalid) {
                        invalid.errors().forEach(e -> fieldErrors.put(e.field(), messages.of(e)));
                    }
                    if (!conflicts.handled(failure, formTitle.get())) {
                        dialogs.showError(formTitle.get(), new ErrorDescriber(messages).describe(failure));
                    }
                });
    }

    private ActivityDraft draft(BigDecimal parsedHours) {
        Set<OutreachTarget> targets = EnumSet.noneOf(OutreachTarget.class);
        outreach.forEach((target, chosen) -> {
            if (chosen.get()) {
                targets.add(target);
            }
        });
        UUID baseId = base.get() == null ? null : base.get().id();
        UUID organiserId = organiser.get() == null ? null : organiser.get().id();
        return new ActivityDraft(kind.get(), title.get(), date.get(), parseTime(), parsedHours, place.get(), baseId,
                organiserId, speaker.get(), targets, summary.get());
    }

    private BigDecimal parseHours() {
        try {
            return hours.get() == null || hours.get().isBlank() ? null : new BigDecimal(hours.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalTime parseTime() {
        String text = time.get() == null ? "" : time.get().strip().replace('：', ':');
        if (text.isEmpty()) {
            return LocalTime.of(9, 0);
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<EducationBase> baseProperty() {
        return base;
    }

    public ObjectProperty<OrgUnit> organiserProperty() {
        return organiser;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty outreachProperty(OutreachTarget target) {
        return outreach.get(target);
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
