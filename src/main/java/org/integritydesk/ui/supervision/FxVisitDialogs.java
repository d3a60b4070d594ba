package org.integritydesk.ui.supervision;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.Reopener;
import org.integritydesk.ui.common.FormChoices;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Reads the units and cadres in the background, then opens the visit form as a window. */
public final class FxVisitDialogs implements SupervisionView.VisitDialogs {
    private final SupervisionService visits;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final FormChoices choices;
    private final Reopener reopen;

    public FxVisitDialogs(SupervisionService visits, UnitService units, CadreService cadres, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock, ViewLoader loader, Supplier<Window> owner) {
        this.visits = visits;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.choices = new FormChoices(units, cadres, tasks, dialogs, messages);
        this.reopen = new Reopener(tasks, dialogs, messages);
    }

    @Override
    public void openForm(SupervisionVisit editing, Consumer<SupervisionVisit> onSaved) {
        choices.thenOpen(messages.get("supervision.form.titleNew"), (tree, cadreList) -> {
            VisitFormViewModel form = new VisitFormViewModel(visits, tasks, dialogs, messages, clock, tree, cadreList);
            if (editing != null) {
                form.edit(editing);
            }
            VisitFormView view = new VisitFormView(form);
            var loaded = loader.load(VisitFormView.class, "VisitFormView", view);
            Windows.showForm(owner.get(), form.titleProperty().get(), loaded.root(), view::setCallbacks, onSaved,
                    form::setOnReload, editing == null ? null : reopen.reading(form.titleProperty().get(),
                            ctx -> visits.find(editing.id()), fresh -> openForm(fresh, onSaved)));
        });
    }
}
