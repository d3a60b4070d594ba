package org.integritydesk.ui.education;

import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.integritydesk.model.BaseDraft;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.EducationRules;
import org.integritydesk.model.FieldError;
import org.integritydesk.service.EducationBaseService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/** The 教育基地 list with its form beside it: pick a base to edit it, or start a new one. */
public final class BasesViewModel {
    private final EducationBaseService bases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final ObservableList<EducationBase> list = FXCollections.observableArrayList();
    private final ObjectProperty<EducationBase> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BaseKind> kind = new SimpleObjectProperty<>(BaseKind.RED_CULTURE);
    private final ObjectProperty<BaseTheme> theme = new SimpleObjectProperty<>(BaseTheme.REVOLUTIONARY_TRADITION);
    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty demonstrationSite = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private EducationBase editing;

    public BasesViewModel(EducationBaseService bases, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.bases = bases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        conflicts.reloadWith(this::reloadEditing);
        selected.addListener((o, a, base) -> {
            if (base != null) {
                edit(base);
            }
        });
        List.<Observable>of(name, kind, theme, address, notes).forEach(p -> p.addListener(o -> check()));
    }

    public void reload() {
        tasks.submit(ctx -> bases.list(), list::setAll, this::showError);
    }

    private void edit(EducationBase base) {
        editing = base;
        name.set(base.name());
        kind.set(base.kind());
        theme.set(base.theme());
        address.set(base.address() == null ? "" : base.address());
        demonstrationSite.set(base.demonstrationSite());
        notes.set(base.notes() == null ? "" : base.notes());
    }

    public void startNew() {
        selected.set(null);
        editing = null;
        name.set("");
        address.set("");
        demonstrationSite.set(false);
        notes.set("");
    }

    public boolean check() {
        fieldErrors.clear();
        for (FieldError error : EducationRules.check(draft())) {
            fieldErrors.putIfAbsent(error.field(), messages.of(error));
        }
        return fieldErrors.isEmpty();
    }

    public void save() {
        if (!check()) {
            return;
        }
        BaseDraft draft = draft();
        EducationBase current = editing;
        tasks.submit(ctx -> current == null ? bases.create(draft) : bases.update(current.id(), current.version(), draft),
                saved -> {
                    editing = saved;
                    reload();
                }, failure -> {
                    if (!conflicts.handled(failure, messages.get("base.title"))) {
                        showError(failure);
                    }
                });
    }

    /** After a save conflict: reads the list again and puts the base being edited into the form as stored now. */
    private void reloadEditing() {
        UUID id = editing.id();
        tasks.submit(ctx -> bases.list(), fresh -> {
            list.setAll(fresh);
            fresh.stream().filter(b -> b.id().equals(id)).findFirst().ifPresent(base -> {
                selected.set(base);
                edit(base);
            });
        }, this::showError);
    }

    public void deleteSelected() {
        EducationBase base = selected.get();
        if (base == null || !dialogs.confirm(messages.get("base.delete.title"), messages.get("base.delete.confirm", base.name()))) {
            return;
        }
        tasks.submit(ctx -> {
            bases.delete(base.id(), base.version());
            return null;
        }, done -> {
            startNew();
            reload();
        }, this::showError);
    }

    private BaseDraft draft() {
        return new BaseDraft(name.get(), kind.get(), theme.get(), address.get(), demonstrationSite.get(), notes.get());
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("base.title"), new ErrorDescriber(messages).describe(failure));
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public ObservableList<EducationBase> list() {
        return list;
    }

    public ObjectProperty<EducationBase> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<BaseKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<BaseTheme> themeProperty() {
        return theme;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty demonstrationSiteProperty() {
        return demonstrationSite;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
