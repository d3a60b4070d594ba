package org.integritydesk.ui.responsibility;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ResponsibilityService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.Reopener;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Reads the units and cadres in the background, then opens the task form. */
public final class FxResponsibilityDialogs implements ResponsibilityDialogs {
    private final ResponsibilityService service;
    private final UnitService units;
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final Reopener reopen;

    public FxResponsibilityDialogs(ResponsibilityService service, UnitService units, CadreService cadres,
            TaskRunner tasks, DialogService dialogs, Messages messages, ViewLoader loader, Supplier<Window> owner) {
        this.service = service;
        this.units = units;
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
        this.owner = owner;
        this.reopen = new Reopener(tasks, dialogs, messages);
    }

    private record FormData(UnitTree tree, List<CadreSummary> cadres) {
    }

    @Override
    public void openForm(ResponsibilityTask editing, int year, Consumer<ResponsibilityTask> onSaved) {
        tasks.submit(ctx -> new FormData(units.tree(), cadres.listCadres()), data -> {
            TaskFormViewModel form = new TaskFormViewModel(service, tasks, dialogs, messages, data.tree(),
                    data.cadres(), year);
            if (editing != null) {
                form.edit(editing);
            }
            TaskFormView view = new TaskFormView(form);
            var loaded = loader.load(TaskFormView.class, "TaskFormView", view);
            Windows.showForm(owner.get(), form.titleProperty().get(), loaded.root(), view::setCallbacks, onSaved,
                    form::setOnReload, editing == null ? null : reopen.reading(form.titleProperty().get(),
                            ctx -> service.find(editing.id()), fresh -> openForm(fresh, year, onSaved)));
        }, failure -> dialogs.showError(messages.get("responsibility.form.titleNew", year),
                new ErrorDescriber(messages).describe(failure)));
    }
}
