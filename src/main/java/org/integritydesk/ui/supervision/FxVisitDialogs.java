package org.integritydesk.ui.supervision;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Reads the units and cadres in the background, then opens the visit form as a window. */
public final class FxVisitDialogs implements SupervisionView.VisitDialogs {
    private final SupervisionService visits;
    private final UnitService units;
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;

    public FxVisitDialogs(SupervisionService visits, UnitService units, CadreService cadres, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock, ViewLoader loader, Supplier<Window> owner) {
        this.visits = visits;
        this.units = units;
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
    }

    private record FormData(UnitTree tree, List<CadreSummary> cadres) {
    }

    @Override
    public void openForm(SupervisionVisit editing, Consumer<SupervisionVisit> onSaved) {
        tasks.submit(ctx -> new FormData(units.tree(), cadres.listCadres()), data -> {
            VisitFormViewModel form = new VisitFormViewModel(visits, tasks, dialogs, messages, clock, data.tree(),
                    data.cadres());
            if (editing != null) {
                form.edit(editing);
            }
            VisitFormView view = new VisitFormView(form);
            var loaded = loader.load(VisitFormView.class, "VisitFormView", view);
            Windows.showForm(owner.get(), form.titleProperty().get(), loaded.root(), view::setCallbacks, onSaved);
        }, failure -> dialogs.showError(messages.get("supervision.form.titleNew"),
                new ErrorDescriber(messages).describe(failure)));
    }
}
