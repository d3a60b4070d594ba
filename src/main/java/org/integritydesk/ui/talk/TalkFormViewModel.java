package org.integritydesk.ui.talk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSearch;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkRules;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.service.YearClosedException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The record / edit talk form. Every change re-checks {@link TalkRules} at once and shows the
 * message beside a field the user has touched; saving re-checks in the service and saves nothing
 * while a rule is broken; an edit saves only over the version that was opened.
 */
public final class TalkFormViewModel {
    public static final List<String> FIELDS = List.of("cadre", "kind", "date", "talker", "recorder", "content",
            "statement", "followUp");
    /** The cadre choice shows at most this many matches of the search text. */
    static final int MAX_CHOICES = 200;

    private final TalkService talks;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final Clock clock;
    private final ErrorDescriber describer;
    private final List<CadreSummary> cadres;

    private final StringProperty cadreSearch = new SimpleStringProperty("");
    private final ObservableList<CadreSummary> cadreChoices = FXCollections.observableArrayList();
    private final ObjectProperty<CadreSummary> cadre = new SimpleObjectProperty<>();
    private final ObjectProperty<TalkKind> kind = new SimpleObjectProperty<>(TalkKind.ROUTINE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty talkerName = new SimpleStringProperty("");
    private final ObservableList<CadreSummary> talkerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<CadreSummary> talkerCadre = new SimpleObjectProperty<>();
    private final StringProperty recorderName = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty statement = new SimpleStringProperty("");
    private final StringProperty followUp = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private Talk editing;
    private boolean loadingValues;

    /** @param cadres the cadres the user may choose (the live cadres they may see) */
    public TalkFormViewModel(TalkService talks, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock,
            List<CadreSummary> cadres) {
        this.talks = talks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.clock = clock;
        this.cadres = List.copyOf(cadres);
        this.describer = new ErrorDescriber(messages);
        title.set(messages.get("talk.form.titleNew"));
        date.set(LocalDate.now(clock));
        talkerChoices.add(null);
        this.cadres.stream().filter(c -> c.category() == CadreCategory.LEADING).forEach(talkerChoices::add);
        cadreSearch.addListener((o, a, b) -> filterChoices());
        talkerCadre.addListener((o, a, linked) -> {
            if (linked != null && !loadingValues) {
                talkerName.set(linked.name());
            }
        });
        talkerName.addListener((o, a, typed) -> {
            CadreSummary linked = talkerCadre.get();
            if (linked != null && !PersonName.normalise(typed).equals(linked.name())) {
                talkerCadre.set(null);
            }
        });
        watch("cadre", cadre);
        watch("kind", kind);
        watch("date", date);
        watch("talker", talkerName);
        watch("talker", talkerCadre);
        watch("recorder", recorderName);
        watch("content", content);
        watch("statement", statement);
        watch("followUp", followUp);
        filterChoices();
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loadingValues) {
                touched.add(field);
                revalidate();
            }
        });
    }

    private void filterChoices() {
        CadreSearch search = new CadreSearch(cadreSearch.get());
        List<CadreSummary> found = new ArrayList<>();
        for (CadreSummary c : cadres) {
            if (search.matches(c)) {
                found.add(c);
                if (found.size() == MAX_CHOICES) {
                    break;
                }
            }
        }
        CadreSummary chosen = cadre.get();
        if (chosen != null && !found.contains(chosen)) {
            found.add(0, chosen);
        }
        cadreChoices.setAll(found);
    }

    /** Starts a new talk with this cadre and kind (the 缺任前谈话 list's "record" button). */
    public void prefill(CadreSummary cadreTalkedTo, TalkKind talkKind) {
        loadingValues = true;
        try {
            cadre.set(cadreTalkedTo);
            kind.set(talkKind);
            filterChoices();
        } finally {
            loadingValues = false;
        }
        revalidate();
    }

    /** Fills the form from a stored talk; the version read now is the one the save checks. */
    public void edit(Talk talk, TalkDraft draft) {
        loadingValues = true;
        try {
            editing = talk;
            CadreSummary talkedTo = find(draft.cadreId());
            title.set(messages.get("talk.form.titleEdit", talkedTo == null ? "" : talkedTo.name()));
            cadre.set(talkedTo);
            kind.set(draft.kind());
            date.set(draft.date());
            talkerCadre.set(find(draft.talkerCadreId()));
            talkerName.set(draft.talkerName());
            recorderName.set(draft.recorderName());
            content.set(nullToEmpty(draft.content()));
            statement.set(nullToEmpty(draft.statement()));
            followUp.set(nullToEmpty(draft.followUp()));
            filterChoices();
        } finally {
            loadingValues = false;
        }
        revalidate();
    }

    private CadreSummary find(java.util.UUID id) {
        return id == null ? null : cadres.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public TalkDraft draft() {
        return new TalkDraft(cadre.get() == null ? null : cadre.get().id(), kind.get(), date.get(), talkerName.get(),
                talkerCadre.get() == null ? null : talkerCadre.get().id(), recorderName.get(), content.get(),
                statement.get(), followUp.get());
    }

    /** Called by the view when the date field holds text that is not a date. */
    public void setDateUnreadable(boolean unreadable) {
        boolean changed = unreadable ? unreadableDates.add("date") : unreadableDates.remove("date");
        if (changed) {
            touched.add("date");
            revalidate();
        }
    }

    private void revalidate() {
        errors.clear();
        String cadreName = cadre.get() == null ? null : cadre.get().name();
        for (FieldError error : TalkRules.check(draft(), cadreName, LocalDate.now(clock))) {
            if (touched.contains(error.field())) {
                errors.putIfAbsent(error.field(), messages.of(error));
            }
        }
        unreadableDates.forEach(f -> errors.put(f, messages.get("validation.date.format")));
        summary.set(errors.isEmpty() ? "" : messages.get("talk.form.errorSummary", errors.size()));
    }

    /** Saves in the background; {@code onSaved} receives the stored talk. */
    public void save(Consumer<Talk> onSaved) {
        touched.addAll(FIELDS);
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        TalkDraft draft = draft();
        Talk opened = editing;
        saving.set(true);
        tasks.submit(ctx -> opened == null ? talks.create(draft) : talks.update(opened.id(), opened.version(), draft),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof YearClosedException) {
                        // not a field of the form: the whole record is in a closed year (归档)
                        dialogs.showError(messages.get("talk.form.saveFailed"), describer.describe(failure));
                    } else if (failure instanceof ValidationException invalid) {
                        invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
                        summary.set(messages.get("talk.form.errorSummary", errors.size()));
                    } else if (!conflicts.handled(failure, messages.get("talk.form.conflictTitle"))) {
                        dialogs.showError(messages.get("talk.form.saveFailed"), describer.describe(failure));
                    }
                });
    }

    public String cadreLabel(CadreSummary c) {
        return c == null ? "" : messages.get("talk.form.cadreChoice", c.name(), c.unitName(), c.position());
    }

    public String talkerLabel(CadreSummary c) {
        return c == null ? messages.get("talk.form.noLink") : cadreLabel(c);
    }

    public String kindLabel(TalkKind k) {
        return k == null ? "" : messages.label(k);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty cadreSearchProperty() {
        return cadreSearch;
    }

    public ObservableList<CadreSummary> cadreChoices() {
        return cadreChoices;
    }

    public ObjectProperty<CadreSummary> cadreProperty() {
        return cadre;
    }

    public ObjectProperty<TalkKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty talkerNameProperty() {
        return talkerName;
    }

    public ObservableList<CadreSummary> talkerChoices() {
        return talkerChoices;
    }

    public ObjectProperty<CadreSummary> talkerCadreProperty() {
        return talkerCadre;
    }

    public StringProperty recorderNameProperty() {
        return recorderName;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty statementProperty() {
        return statement;
    }

    public StringProperty followUpProperty() {
        return followUp;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}
